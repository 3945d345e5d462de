using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Persistence;

/// <summary>A command's audit rows are written apart from its other rows (one multi-row INSERT), but in the same transaction.</summary>
public class HistoryRowsTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACommandWhoseAuditRowsCannotBeWritten_SavesNothing_AndCanBeRepeated(string provider) => WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("pass-through");
            var instance = await host.StartAsync("pass-through");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
            var before = await host.Engine(e => e.GetHistoryAsync(instance.Id));

            // The audit table goes away for one command: the INSERT of its rows fails after the rest of the command was sent.
            await MoveHistoryTableAsync(host, "wf_history", "wf_history_away");
            await Assert.ThrowsAnyAsync<Exception>(() => host.CompleteAsync(task.Id));
            await MoveHistoryTableAsync(host, "wf_history_away", "wf_history");

            Assert.Equal(UserTaskStates.Created, (await host.SingleTaskAsync(instance.Id, "Task_Review")).State);
            Assert.Equal(InstanceStates.Active, (await host.InstanceAsync(instance.Id)).State);
            Assert.Equal(before.Count, (await host.Engine(e => e.GetHistoryAsync(instance.Id))).Count);

            await host.CompleteAsync(task.Id);
            Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
            var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
            // One completion's rows, in the order the engine wrote them.
            var completion = history.Skip(before.Count).Select(h => (h.EventType, h.ElementId)).ToList();
            Assert.Equal((HistoryEventTypes.TaskCompleted, "Task_Review"), completion[0]);
            Assert.Equal((HistoryEventTypes.InstanceCompleted, (string?)null), completion[^1]);
            Assert.Single(history, h => h.EventType == HistoryEventTypes.TaskCompleted);
        });

    private static Task MoveHistoryTableAsync(EngineHost host, string from, string to)
    {
        var sql = "ALTER TABLE " + from + " RENAME TO " + to; // two constants of this test
        return host.Db(db => db.Database.ExecuteSqlRawAsync(sql));
    }
}
