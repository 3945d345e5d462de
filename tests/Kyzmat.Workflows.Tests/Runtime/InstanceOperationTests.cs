using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class InstanceOperationTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_EmbeddedSubProcess_LeavesWhenAllInnerTokensEnd(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("subprocess");
        var instance = await host.StartAsync("subprocess");
        Assert.Equal(["Sub_Review", "Task_Inner_A", "Task_Inner_B"], instance.ActiveElements.Order());

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Inner_A")).Id);
        var half = await host.InstanceAsync(instance.Id);
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Inner_B")).Id);

        Assert.Equal(["Sub_Review", "Task_Inner_B"], half.ActiveElements.Order());
        Assert.Equal(["Task_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_TerminateEndEvent_EndsInstanceAndCancelsOtherTasks(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("terminate");

        var instance = await host.StartAsync("terminate");

        Assert.Equal(InstanceStates.Completed, instance.State);
        var tasks = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id, State = null }));
        Assert.Equal(UserTaskStates.Cancelled, Assert.Single(tasks.Items).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Cancel_RunningInstance_CancelsTasksJobsAndRefusesFurtherWork(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-boundary");
        var instance = await host.StartAsync("timer-boundary", null, """{ "deadline": "PT1H" }""");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        await host.Engine(e => e.CancelAsync(instance.Id, "admin"));
        host.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(InstanceStates.Cancelled, (await host.InstanceAsync(instance.Id)).State);
        Assert.Equal(0, await host.Runner.RunDueJobsAsync());
        Assert.Equal(WorkflowErrorCodes.TaskNotActive, (await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id))).Code);
        Assert.Equal(WorkflowErrorCodes.InstanceNotActive, (await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.CancelAsync(instance.Id)))).Code);
        Assert.Equal("admin", (await host.Engine(e => e.GetHistoryAsync(instance.Id))).Single(h => h.EventType == HistoryEventTypes.InstanceCancelled).Actor);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Migrate_WithElementMapping_MovesInstanceToNewVersion(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval");
        var v2Xml = Diagrams.Load("user-task-approval").Replace("\"Task_Review\"", "\"Task_Check\"", StringComparison.Ordinal)
            .Replace(">Task_Review<", ">Task_Check<", StringComparison.Ordinal);
        var v2 = await host.Engine(e => e.DeployAsync(v2Xml));

        await host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string> { ["Task_Review"] = "Task_Check" }));
        var migrated = await host.InstanceAsync(instance.Id);
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Check")).Id, "aida", """{ "approved": false }""");

        Assert.Equal(2, migrated.DefinitionVersion);
        Assert.Equal(["Task_Check"], migrated.ActiveElements);
        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Migrate_MappedElementMissing_IsRefusedAndNothingChanges(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval");
        var v2 = await host.Engine(e => e.DeployAsync(Diagrams.Load("user-task-approval").Replace("\"Task_Review\"", "\"Task_Check\"", StringComparison.Ordinal)
            .Replace(">Task_Review<", ">Task_Check<", StringComparison.Ordinal)));

        var unmapped = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string>())));
        var missing = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e =>
            e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string> { ["Task_Review"] = "Task_Nowhere" })));

        Assert.Equal(WorkflowErrorCodes.MigrationInvalid, unmapped.Code);
        Assert.Equal(WorkflowErrorCodes.MigrationInvalid, missing.Code);
        Assert.Contains("Task_Nowhere", missing.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await host.InstanceAsync(instance.Id)).DefinitionVersion);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_TerminateInsideSubProcess_EndsOnlyTheSubProcess(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(Diagrams.Load("subprocess").Replace("<bpmn:endEvent id=\"Sub_End\">",
            "<bpmn:endEvent id=\"Sub_End\"><bpmn:terminateEventDefinition id=\"TerminateEventDefinition_1\" />", StringComparison.Ordinal)));
        var instance = await host.StartAsync("subprocess");
        var innerB = await host.SingleTaskAsync(instance.Id, "Task_Inner_B");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Inner_A")).Id);

        Assert.Equal(["Task_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(innerB.Id))).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Cancel_InstanceInsideSubProcess_CancelsInnerTasks(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("subprocess");
        var instance = await host.StartAsync("subprocess");

        await host.Engine(e => e.CancelAsync(instance.Id));

        var tasks = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id, State = null }));
        Assert.Equal(2, tasks.Total);
        Assert.All(tasks.Items, t => Assert.Equal(UserTaskStates.Cancelled, t.State));
        Assert.Empty((await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Migrate_BoundaryMissingInTarget_DropsItsTimer(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-boundary");
        var instance = await host.StartAsync("timer-boundary", null, """{ "deadline": "P1D" }""");
        var v2 = await host.Engine(e => e.DeployAsync(Diagrams.Load("timer-boundary").Replace("Boundary_Reminder", "Boundary_Nudge", StringComparison.Ordinal)));

        await host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string>()));
        host.Clock.Advance(TimeSpan.FromHours(3));
        var fired = await host.Runner.RunDueJobsAsync();

        Assert.Equal(0, fired);
        Assert.Equal(["Task_Review"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Single(await host.Engine(e => e.GetHistoryAsync(instance.Id)), h => h.EventType == HistoryEventTypes.InstanceMigrated);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Migrate_BoundaryNowAttachedElsewhere_DropsItsTimer(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-boundary");
        var instance = await host.StartAsync("timer-boundary", null, """{ "deadline": "P1D" }""");
        var v2 = await host.Engine(e => e.DeployAsync(Diagrams.Load("timer-boundary").Replace(
            "cancelActivity=\"false\" attachedToRef=\"Task_Review\"", "cancelActivity=\"false\" attachedToRef=\"Task_Escalated\"", StringComparison.Ordinal)));

        await host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string>()));
        host.Clock.Advance(TimeSpan.FromHours(3));
        var fired = await host.Runner.RunDueJobsAsync();

        Assert.Equal(0, fired);
        Assert.Equal(["Task_Review"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Migrate_SignalBoundaryMissingInTarget_StopsListening(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("signals");
        var instance = await host.StartAsync("signal-waiter");
        var v2 = await host.Engine(e => e.DeployAsync(Diagrams.Load("signals").Replace("\"Reminded\"", "\"Nudged\"", StringComparison.Ordinal)));

        await host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string>()));
        var reached = await host.Engine(e => e.BroadcastSignalAsync("deadline-near"));

        Assert.Empty(reached);
        Assert.Equal(["Fill"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Migrate_SignalBoundaryWaitingForAnotherSignalInTarget_ListensForThatOne(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("signals");
        var instance = await host.StartAsync("signal-waiter");
        var v2 = await host.Engine(e => e.DeployAsync(Diagrams.Load("signals").Replace("name=\"deadline-near\"", "name=\"deadline-tomorrow\"", StringComparison.Ordinal)));

        await host.Engine(e => e.MigrateAsync(instance.Id, v2.DefinitionId, new Dictionary<string, string>()));

        Assert.Empty(await host.Engine(e => e.BroadcastSignalAsync("deadline-near")));
        Assert.Single(await host.Engine(e => e.BroadcastSignalAsync("deadline-tomorrow")));
        Assert.Equal(["Fill", "Remind"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order().ToList());
    });
}
