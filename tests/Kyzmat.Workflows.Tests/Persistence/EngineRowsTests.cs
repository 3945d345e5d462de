using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Tests.Persistence;

/// <summary>
/// The engine writes a command's rows itself (not through EF's update pipeline): all or nothing, with EF's version check,
/// and the host's own changes in the same context still saved with them.
/// </summary>
public class EngineRowsTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACommandOnAStaleInstance_IsRefused_AndSavesNothing(string provider) => WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("pass-through");
            var instance = await host.StartAsync("pass-through");
            var historyBefore = (await host.Engine(e => e.GetHistoryAsync(instance.Id))).Count;
            await using var first = host.Services.CreateAsyncScope();
            await using var second = host.Services.CreateAsyncScope();
            var early = await LoadAsync(first, instance.Id);
            var late = await LoadAsync(second, instance.Id);

            new ProcessExecutor(early).MergeVariables(new JsonObject { ["decision"] = "first" }, "a");
            await early.SaveAsync(default);
            new ProcessExecutor(late).MergeVariables(new JsonObject { ["decision"] = "second", ["extra"] = 1 }, "b");
            var refused = await Assert.ThrowsAsync<WorkflowException>(() => late.SaveAsync(default));

            Assert.Equal(WorkflowErrorCodes.ConcurrencyConflict, refused.Code);
            var stored = await host.InstanceAsync(instance.Id);
            Assert.Equal("first", stored.Variables["decision"]!.GetValue<string>());
            Assert.False(stored.Variables.ContainsKey("extra"));
            var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
            Assert.Equal(historyBefore + 1, history.Count);
            Assert.Equal("a", history[^1].Actor);

            // The winner's context took its save as done: a second change on it saves against the new version.
            new ProcessExecutor(early).MergeVariables(new JsonObject { ["decision"] = "again" }, "a");
            await early.SaveAsync(default);
            Assert.Equal("again", (await host.InstanceAsync(instance.Id)).Variables["decision"]!.GetValue<string>());
        });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheHostsOwnChangesInTheSameContext_AreSavedWithTheEngineRows(string provider) => WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("pass-through");
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
                db.Notes.Add(new DomainNote { Id = Guid.NewGuid(), Text = "filed" });
                await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().StartByKeyAsync("pass-through", "app-1");
                Assert.DoesNotContain(db.ChangeTracker.Entries(), e => e.State != EntityState.Unchanged);
            }

            Assert.Equal("filed", Assert.Single(await host.Db(db => db.Notes.ToListAsync())).Text);
            Assert.Single(await host.Engine(e => e.FindByBusinessKeyAsync("app-1")));
        });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AStepThatWritesMoreRowsThanOneCommandTakes_SavesThemAll(string provider) => WithEngineAsync(provider, async host =>
        {
            // 300 inner tasks of ~20 columns, and their audit rows: past the 2,000 parameters of one command (SQLite,
            // SQL Server) and past one multi-row INSERT of audit rows.
            var members = Enumerable.Range(1, 300).Select(n => $"member-{n:D3}").ToList();
            await host.DeployAsync("multi-instance");
            var instance = await host.StartAsync("multi-instance", null,
                new JsonObject { ["members"] = new JsonArray(members.Select(m => (JsonNode?)m).ToArray()), ["quorum"] = 300, ["numbers"] = new JsonArray(1) }.ToJsonString());

            var tasks = (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id, PageSize = 500 }))).Items;
            Assert.Equal(members, tasks.Select(t => t.Assignee ?? "").Order(StringComparer.Ordinal).ToList());
            var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
            Assert.Equal(300, history.Count(h => h.EventType == HistoryEventTypes.TaskCreated));
        });

    private static Task<InstanceSession> LoadAsync(AsyncServiceScope scope, Guid instanceId) =>
        InstanceSession.LoadAsync(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider.GetRequiredService<DefinitionCache>(),
            instanceId, DateTime.UtcNow, scope.ServiceProvider.GetRequiredService<WorkflowEngineOptions>(), default);

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
