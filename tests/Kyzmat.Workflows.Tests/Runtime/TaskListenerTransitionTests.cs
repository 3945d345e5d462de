using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

/// <summary>
/// Assigning, updating and canceling task listeners, as Camunda 8.8 runs them: jobs one after another that hold the
/// transition back, may correct the task (and, assigning and updating, deny the change), with the task Assigning,
/// Updating or Canceling meanwhile.
/// </summary>
public class TaskListenerTransitionTests : EngineTest
{
    private const string Transitions = "task-listener-transitions";

    private static readonly string[] Types = ["vet-assignee", "note-assignment", "vet-update", "note-update", "on-cancel", "after-cancel", "prepare"];

    /// <summary>Every listener type completes, unless the test says otherwise for it.</summary>
    private static Action<IServiceCollection> Handlers(ListenerHandlers log, Dictionary<string, Func<ServiceTaskContext, ServiceTaskResult>> run) => services =>
    {
        foreach (var type in Types)
        {
            log.On(services, type, context => run.TryGetValue(type, out var handler) ? handler(context) : ServiceTaskResult.Complete());
        }
    };

    private static Task<WorkflowUserTaskRecord> TaskRowAsync(EngineHost host, Guid instanceId) =>
        host.Db(db => db.Set<WorkflowUserTaskRecord>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId));

    private static async Task<WorkflowInstanceInfo> StartReviewAsync(EngineHost host, string caseId)
    {
        await host.DeployAsync(Transitions);
        return await host.StartAsync("tlt-review", caseId, $$"""{ "caseId": "{{caseId}}" }""");
    }

    /// <summary>Runs due jobs until none is left: each listener's job is created when the one before it completes.</summary>
    private static async Task RunJobsAsync(EngineHost host)
    {
        while (await host.Runner.RunDueJobsAsync() > 0)
        {
        }
    }

    private static async Task<IReadOnlyList<string>> HistoryAsync(EngineHost host, Guid instanceId) =>
        [.. (await host.Engine(e => e.GetHistoryAsync(instanceId))).Select(h => h.EventType)];

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Assigning_AClaim_WaitsForTheListenersInOrder_AndTakesEffectWithTheirCorrections(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-1");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
            Assert.Equal(UserTaskStates.Created, task.State);
            Assert.Empty(log.Calls);

            var claimed = await host.Tasks(t => t.ClaimAsync(task.Id, "aida"));

            Assert.Equal(UserTaskStates.Created, claimed.State);
            Assert.Equal("aida", claimed.Assignee);
            Assert.Equal(80, claimed.Priority);
            Assert.Equal(["vet-assignee", "note-assignment"], log.Types);
            var (first, second) = (log.Calls.First(), log.Calls.Last());
            Assert.Equal(ListenerEvents.Assigning, first.ListenerEventType);
            Assert.Equal((UserTaskStates.Assigning, "aida", 50), (first.UserTask!.State, first.UserTask.Assignee, first.UserTask.Priority));
            Assert.Equal(80, second.UserTask!.Priority);
            Assert.Contains(HistoryEventTypes.TaskClaimed, await HistoryAsync(host, instance.Id));

            // Giving it back and assigning it are assignments too.
            Assert.Null((await host.Tasks(t => t.UnclaimAsync(task.Id, "aida"))).Assignee);
            Assert.Equal("bek", (await host.Tasks(t => t.AssignAsync(task.Id, "lead", "bek"))).Assignee);
            Assert.Equal(6, log.Calls.Count);
            Assert.Equal([null, "bek"], log.Calls.Skip(2).Where((_, i) => i % 2 == 0).Select(c => c.UserTask!.Assignee));
            var history = await HistoryAsync(host, instance.Id);
            Assert.Contains(HistoryEventTypes.TaskUnclaimed, history);
            Assert.Contains(HistoryEventTypes.TaskAssigned, history);

            await host.CompleteAsync(task.Id, "bek");
            Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
        }, Handlers(log, new() { ["vet-assignee"] = _ => ServiceTaskResult.Correct(new UserTaskCorrections { Priority = 80 }) }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Assigning_Denied_TheTaskIsAsItWas_AndTheClaimerIsTold(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-2");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

            var denied = await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.ClaimAsync(task.Id, "aida")));

            Assert.Equal(WorkflowErrorCodes.TaskAssignmentDenied, denied.Code);
            Assert.Contains("not on duty", denied.Message, StringComparison.Ordinal);
            var row = await TaskRowAsync(host, instance.Id);
            // The change and the first listener's correction are both discarded.
            Assert.Equal((UserTaskStates.Created, (string?)null, 50), (row.State, row.Assignee, row.Priority));
            var history = await HistoryAsync(host, instance.Id);
            Assert.Contains(HistoryEventTypes.TaskAssignmentDenied, history);
            Assert.DoesNotContain(HistoryEventTypes.TaskClaimed, history);
            Assert.Equal(["Task_Review"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        }, Handlers(log, new()
        {
            ["vet-assignee"] = _ => ServiceTaskResult.Correct(new UserTaskCorrections { Priority = 90 }),
            ["note-assignment"] = _ => ServiceTaskResult.Deny("not on duty"),
        }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Assigning_AListenerFailingWithoutRetries_IsAnIncident_AndTheTaskStaysAssigning(string provider)
    {
        var log = new ListenerHandlers();
        var failing = true;
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-3");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

            var pending = await host.Tasks(t => t.ClaimAsync(task.Id, "aida"));

            Assert.Equal((UserTaskStates.Assigning, "aida"), (pending.State, pending.Assignee));
            var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
            Assert.Equal(IncidentCodes.TaskListenerNoRetries, incident.Code);
            Assert.Equal(UserTaskStates.Assigning, (await TaskRowAsync(host, instance.Id)).State);

            // Meanwhile: the same claim is told it waits, another's that the task is being assigned, any other act that it may not.
            Assert.Equal(UserTaskStates.Assigning, (await host.Tasks(t => t.ClaimAsync(task.Id, "aida"))).State);
            Assert.Equal(WorkflowErrorCodes.TaskAlreadyClaimed,
                (await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.ClaimAsync(task.Id, "bek")))).Code);
            var completing = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id, "aida"));
            Assert.Equal(WorkflowErrorCodes.TaskNotActive, completing.Code);
            Assert.Contains("assigning listeners run", completing.Message, StringComparison.Ordinal);
            Assert.Equal(WorkflowErrorCodes.TaskNotActive,
                (await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.UpdateAsync(task.Id, "lead", new UserTaskUpdate { Priority = 1 })))).Code);

            failing = false;
            await host.Engine(e => e.ResolveIncidentAsync(incident.Id));
            await RunJobsAsync(host);

            var row = await TaskRowAsync(host, instance.Id);
            Assert.Equal((UserTaskStates.Created, "aida"), (row.State, row.Assignee));
            Assert.Equal(["vet-assignee", "vet-assignee", "note-assignment"], log.Types);
        }, Handlers(log, new() { ["vet-assignee"] = _ => failing ? throw new InvalidOperationException("the directory is down") : ServiceTaskResult.Complete() }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AssigneeInTheModel_IsAssignedThroughTheAssigningListeners_AfterTheCreatingOnes(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("task-listener-assigned");
            var instance = await host.StartAsync("tla-assigned", "c-4", """{ "reviewer": "aida" }""");
            Assert.Equal(UserTaskStates.Creating, (await TaskRowAsync(host, instance.Id)).State);

            await RunJobsAsync(host);

            Assert.Equal(["prepare", "vet-assignee"], log.Types);
            var (creating, assigning) = (log.Calls.First(), log.Calls.Last());
            Assert.Equal((ListenerEvents.Creating, UserTaskStates.Creating), (creating.ListenerEventType, creating.UserTask!.State));
            Assert.Equal((ListenerEvents.Assigning, UserTaskStates.Assigning, "aida"), (assigning.ListenerEventType, assigning.UserTask!.State, assigning.UserTask.Assignee));
            var row = await TaskRowAsync(host, instance.Id);
            Assert.Equal((UserTaskStates.Created, "bek", 60), (row.State, row.Assignee, row.Priority));
            Assert.Contains(HistoryEventTypes.TaskAssigned, await HistoryAsync(host, instance.Id));
        }, Handlers(log, new()
        {
            ["prepare"] = _ => ServiceTaskResult.Correct(new UserTaskCorrections { Priority = 60 }),
            ["vet-assignee"] = _ => ServiceTaskResult.Correct(new UserTaskCorrections { Assignee = "bek" }),
        }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AssigneeInTheModel_ACreatingListenerMayNotCorrectIt_ItsJobFails(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            await host.DeployAsync("task-listener-assigned");
            var instance = await host.StartAsync("tla-assigned", "c-9", """{ "reviewer": "aida" }""");

            await RunJobsAsync(host);

            var job = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
            Assert.Equal(("prepare", JobKinds.Failed), (job.TaskType, job.State));
            Assert.Contains("assigning listener", job.LastError, StringComparison.Ordinal);
            var row = await TaskRowAsync(host, instance.Id);
            Assert.Equal((UserTaskStates.Creating, "aida"), (row.State, row.Assignee));
        }, Handlers(log, new() { ["prepare"] = _ => ServiceTaskResult.Correct(new UserTaskCorrections { Assignee = "bek" }) }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Updating_WaitsForTheListenersInOrder_TakesEffectWithTheirCorrections_OrIsDenied(string provider)
    {
        var log = new ListenerHandlers();
        var due = new DateTime(2027, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        var deny = false;
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-5");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

            var updated = await host.Tasks(t => t.UpdateAsync(task.Id, "lead", new UserTaskUpdate { Priority = 70, CandidateGroups = ["hr", "audit"] }));

            Assert.Equal((UserTaskStates.Created, 70, due), (updated.State, updated.Priority, updated.DueAt));
            Assert.Equal(["hr", "audit"], updated.CandidateGroups);
            Assert.Equal(["vet-update", "note-update"], log.Types);
            var first = log.Calls.First();
            Assert.Equal((ListenerEvents.Updating, UserTaskStates.Updating, 70), (first.ListenerEventType, first.UserTask!.State, first.UserTask.Priority));
            Assert.Equal(due, log.Calls.Last().UserTask!.DueAt);
            Assert.Contains(HistoryEventTypes.TaskUpdated, await HistoryAsync(host, instance.Id));

            deny = true;
            var denied = await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.UpdateAsync(task.Id, "lead", new UserTaskUpdate { Priority = 10, CandidateGroups = [] })));

            Assert.Equal(WorkflowErrorCodes.TaskUpdateDenied, denied.Code);
            var row = await TaskRowAsync(host, instance.Id);
            Assert.Equal((UserTaskStates.Created, 70, ",hr,audit,"), (row.State, row.Priority, row.CandidateGroups));
            Assert.Contains(HistoryEventTypes.TaskUpdateDenied, await HistoryAsync(host, instance.Id));
        }, Handlers(log, new()
        {
            ["vet-update"] = _ => ServiceTaskResult.Correct(new UserTaskCorrections { DueAt = due }),
            ["note-update"] = _ => deny ? ServiceTaskResult.Deny() : ServiceTaskResult.Complete(),
        }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Canceling_AfterAnInterruptingBoundaryEvent_RunsInOrder_ThenTheTaskIsCancelled_AndTheInstanceCompletes(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-6");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

            await host.Engine(e => e.CorrelateMessageAsync("withdrawn", "c-6"));

            // The element is terminated and the boundary's path has ended; the instance completes once the listeners have run.
            Assert.Equal(UserTaskStates.Canceling, (await TaskRowAsync(host, instance.Id)).State);
            Assert.Equal(InstanceStates.Active, (await host.InstanceAsync(instance.Id)).State);
            Assert.Equal(WorkflowErrorCodes.TaskNotActive, (await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id, "aida"))).Code);
            Assert.Contains(HistoryEventTypes.ElementTerminated, await HistoryAsync(host, instance.Id));

            await RunJobsAsync(host);

            Assert.Equal(["on-cancel", "after-cancel"], log.Types);
            Assert.All(log.Calls, c => Assert.Equal((ListenerEvents.Canceling, UserTaskStates.Canceling), (c.ListenerEventType, c.UserTask!.State)));
            Assert.Equal(UserTaskStates.Cancelled, (await TaskRowAsync(host, instance.Id)).State);
            var after = await host.InstanceAsync(instance.Id);
            Assert.Equal(InstanceStates.Completed, after.State);
            Assert.Empty(after.ActiveElements);
            Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        }, Handlers(log, []));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Canceling_WhenTheInstanceIsCancelled_AFailureWithoutRetriesIsAnIncident_AndTheTaskStaysCanceling(string provider)
    {
        var log = new ListenerHandlers();
        var failing = true;
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-7");

            await host.Engine(e => e.CancelAsync(instance.Id, "admin"));

            Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(instance.Id)).State);
            Assert.Equal(UserTaskStates.Canceling, (await TaskRowAsync(host, instance.Id)).State);

            await RunJobsAsync(host);

            var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
            Assert.Equal(IncidentCodes.TaskListenerNoRetries, incident.Code);
            Assert.Equal(UserTaskStates.Canceling, (await TaskRowAsync(host, instance.Id)).State);

            failing = false;
            await host.Engine(e => e.ResolveIncidentAsync(incident.Id));
            await RunJobsAsync(host);

            Assert.Equal(["on-cancel", "on-cancel", "after-cancel"], log.Types);
            Assert.Equal(UserTaskStates.Cancelled, (await TaskRowAsync(host, instance.Id)).State);
            Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(instance.Id)).State);
            Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        }, Handlers(log, new() { ["on-cancel"] = _ => failing ? throw new InvalidOperationException("the mail server is down") : ServiceTaskResult.Complete() }));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Canceling_WhileAnAssignmentWaits_DropsItsListener_RestoresTheTask_AndCannotDeny(string provider)
    {
        var log = new ListenerHandlers();
        return WithEngineAsync(provider, async host =>
        {
            var instance = await StartReviewAsync(host, "c-8");
            var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
            Assert.Equal(UserTaskStates.Assigning, (await host.Tasks(t => t.ClaimAsync(task.Id, "aida"))).State);

            await host.Engine(e => e.CorrelateMessageAsync("withdrawn", "c-8"));

            var row = await TaskRowAsync(host, instance.Id);
            Assert.Equal((UserTaskStates.Canceling, (string?)null), (row.State, row.Assignee));
            var job = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
            Assert.Equal("on-cancel", job.TaskType);

            // A canceling listener's denial is refused, as Camunda rejects it: the job fails (no retries: an incident).
            await RunJobsAsync(host);
            Assert.Contains(await host.Engine(e => e.GetIncidentsAsync(instance.Id)),
                i => i.State == "Open" && i.JobId == job.Id && i.Code == IncidentCodes.TaskListenerNoRetries && i.Message.Contains("cannot deny", StringComparison.Ordinal));
            Assert.Equal(UserTaskStates.Canceling, (await TaskRowAsync(host, instance.Id)).State);
        }, Handlers(log, new()
        {
            ["vet-assignee"] = _ => throw new InvalidOperationException("the directory is down"),
            ["on-cancel"] = _ => ServiceTaskResult.Deny("keep it"),
        }));
    }
}
