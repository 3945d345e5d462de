using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

public class TaskListenerTests : EngineTest
{
    private static Action<IServiceCollection> Handlers(ListenerHandlers log, Func<ServiceTaskContext, ServiceTaskResult> checkCompletion) => services => log
        .On(services, "assign-reviewer", _ => ServiceTaskResult.Correct(new UserTaskCorrections { Assignee = "aida", CandidateGroups = ["hr", "legal"] }))
        .On(services, "check-completion", checkCompletion);

    private static Task<WorkflowUserTaskRecord> TaskRowAsync(EngineHost host, Guid instanceId) =>
        host.Db(db => db.Set<WorkflowUserTaskRecord>().SingleAsync(t => t.InstanceId == instanceId));

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CreatingListener_CorrectsTheAssignee_BeforeTheTaskIsOffered(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("task-listeners");
            var instance = await host.StartAsync("tl-review", "c-1", """{ "caseId": "c-1" }""");

            Assert.Equal(UserTaskStates.Creating, (await TaskRowAsync(host, instance.Id)).State);
            Assert.Null(await host.Tasks(t => t.FindOpenAsync("c-1", "x")));
            Assert.Equal(0, (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { State = UserTaskStates.Created }))).Total);

            await host.Runner.RunDueJobsAsync();

            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
            Assert.Equal(UserTaskStates.Created, task.State);
            Assert.Equal("aida", task.Assignee);
            Assert.Equal(["hr", "legal"], task.CandidateGroups);
            Assert.Equal(Definitions.ListenerEvents.Creating, Assert.Single(log.Calls).ListenerEventType);
            Assert.Equal(["hr"], Assert.Single(log.Calls).UserTask!.CandidateGroups);
        }, Handlers(log, _ => ServiceTaskResult.Complete()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CompletingListener_Denies_TheTaskStaysOpen_AndTheCompleterIsTold(string provider)
    {
        var log = new ListenerHandlers();
        var denials = 1;
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("task-listeners");
            var instance = await host.StartAsync("tl-review", "c-2", """{ "caseId": "c-2" }""");
            await host.Runner.RunDueJobsAsync();
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

            var denied = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id, "aida", """{ "decision": "ok" }"""));

            Assert.Equal(WorkflowErrorCodes.TaskCompletionDenied, denied.Code);
            Assert.Contains("the attachment is missing", denied.Message, StringComparison.Ordinal);
            Assert.Equal(UserTaskStates.Created, (await TaskRowAsync(host, instance.Id)).State);
            Assert.Equal(["Task_Review"], (await host.InstanceAsync(instance.Id)).ActiveElements);
            Assert.False((await host.InstanceAsync(instance.Id)).Variables.ContainsKey("decision"));

            await host.CompleteAsync(task.Id, "aida", """{ "decision": "ok" }""");

            var after = await host.InstanceAsync(instance.Id);
            Assert.Equal(InstanceStates.Completed, after.State);
            Assert.Equal("ok", after.Variables["decision"]!.GetValue<string>());
            var row = await TaskRowAsync(host, instance.Id);
            Assert.Equal(UserTaskStates.Completed, row.State);
            Assert.Equal("aida", row.CompletedBy);
        }, Handlers(log, _ => --denials >= 0 ? ServiceTaskResult.Deny("the attachment is missing") : ServiceTaskResult.Complete()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task InterruptingBoundary_WhileACreatingListenerIsPending_RemovesItsJob(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("task-listeners");
            var instance = await host.StartAsync("tl-review", "c-3", """{ "caseId": "c-3" }""");
            Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));

            await host.Engine(e => e.CorrelateMessageAsync("withdrawn", "c-3"));

            Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
            Assert.Equal(UserTaskStates.Cancelled, (await TaskRowAsync(host, instance.Id)).State);
            Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
            Assert.Equal(0, await host.Runner.RunDueJobsAsync());
            Assert.Empty(log.Calls);
        }, Handlers(log, _ => ServiceTaskResult.Complete()));
    }
}
