using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

public class UserTaskTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_UserTaskProcess_CreatesTaskWithAssignmentScheduleAndForm(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");

        var instance = await host.StartAsync("approval", "app-1", """{ "reviewer": "aida" }""");

        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
        Assert.Equal(["Task_Review"], instance.ActiveElements);
        Assert.Equal("Review the application", task.Name);
        Assert.Equal("aida", task.Assignee);
        Assert.Equal(["hr", "managers"], task.CandidateGroups);
        Assert.Equal("review-form", task.FormKey);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(3), task.DueAt);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(1), task.FollowUpAt);
        Assert.Equal("app-1", task.BusinessKey);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_UserTaskWithPriority_StoresItOnTheTask_StaticFeelOrCamundasDefault(string provider) => WithEngineAsync(provider, async host =>
    {
        var approval = Diagrams.Load("user-task-approval");
        await host.Engine(e => e.DeployAsync(approval.Replace("<zeebe:userTask />",
            "<zeebe:userTask /><zeebe:priorityDefinition priority=\"=if urgent then 90 else calmPriority\" />", StringComparison.Ordinal)));

        var urgent = await host.StartAsync("approval", "app-p1", """{ "reviewer": "aida", "urgent": true }""");
        var calm = await host.StartAsync("approval", "app-p2", """{ "reviewer": "aida", "urgent": false, "calmPriority": 40 }""");
        var broken = await host.StartAsync("approval", "app-p3", """{ "reviewer": "aida", "urgent": false, "calmPriority": 150 }""");
        await host.Engine(e => e.DeployAsync(approval.Replace("<zeebe:userTask />", "<zeebe:userTask /><zeebe:priorityDefinition priority=\"7\" />", StringComparison.Ordinal)));
        var fixedPriority = await host.StartAsync("approval", "app-p4", """{ "reviewer": "aida" }""");
        await host.Engine(e => e.DeployAsync(approval));
        var none = await host.StartAsync("approval", "app-p5", """{ "reviewer": "aida" }""");

        Assert.Equal(90, (await host.SingleTaskAsync(urgent.Id, "Task_Review")).Priority);
        Assert.Equal(40, (await host.SingleTaskAsync(calm.Id, "Task_Review")).Priority);
        Assert.Equal(7, (await host.SingleTaskAsync(fixedPriority.Id, "Task_Review")).Priority);
        Assert.Equal(50, (await host.SingleTaskAsync(none.Id, "Task_Review")).Priority);
        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(broken.Id)));
        Assert.Equal(IncidentCodes.ExpressionFailed, incident.Code);
        Assert.Empty((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = broken.Id, State = null }))).Items);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task FindOpen_ByBusinessKeyAndFormKey_FindsTheOpenTaskOnly(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", "app-7", """{ "reviewer": "aida" }""");
        var review = await host.SingleTaskAsync(instance.Id, "Task_Review");

        var found = await host.Tasks(t => t.FindOpenAsync("app-7", "review-form"));
        var otherForm = await host.Tasks(t => t.FindOpenAsync("app-7", "sign-form"));
        var otherKey = await host.Tasks(t => t.FindOpenAsync("app-8", "review-form"));
        await host.CompleteAsync(review.Id, "aida", """{ "approved": false }""");
        var afterCompletion = await host.Tasks(t => t.FindOpenAsync("app-7", "review-form"));

        Assert.Equal(review.Id, found?.Id);
        Assert.Null(otherForm);
        Assert.Null(otherKey);
        Assert.Null(afterCompletion);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task FindOpenThenComplete_InOneScope_CompletesTheTaskAndMovesTheInstanceOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", "app-9", """{ "reviewer": "aida" }""");

        await host.Tasks(async t =>
        {
            var review = await t.FindOpenAsync("app-9", "review-form");
            await t.CompleteAsync(review!.Id, "aida", new JsonObject { ["approved"] = false });
        });

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.Null(await host.Tasks(t => t.FindOpenAsync("app-9", "review-form")));
        Assert.Equal(UserTaskStates.Completed, (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id, State = null }))).Items.Single().State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_ConditionTrue_TakesConditionFlowThenEnds(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", null, """{ "reviewer": "aida", "signers": ["heads"] }""");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Review")).Id, "aida", """{ "approved": true }""");
        var sign = await host.SingleTaskAsync(instance.Id, "Task_Sign");
        Assert.Equal(sign.Id, Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { CandidateUser = "deputy" }))).Items).Id);
        await host.CompleteAsync(sign.Id, "boss");

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(["heads"], sign.CandidateGroups);
        Assert.Equal(["boss", "deputy"], sign.CandidateUsers);
        Assert.Empty((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { CandidateUser = "boss" }))).Items);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.True(done.Variables["approved"]!.GetValue<bool>());
        Assert.Empty(done.ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_NoConditionTrue_TakesDefaultFlow(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Review")).Id, "aida", """{ "approved": false }""");

        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
        Assert.Contains(history, h => h.EventType == HistoryEventTypes.ElementLeft && h.ElementId == "End_Rejected");
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_AlreadyCompletedTask_ThrowsTaskAlreadyCompleted(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
        await host.CompleteAsync(task.Id);

        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id));

        Assert.Equal(WorkflowErrorCodes.TaskAlreadyCompleted, error.Code);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Query_ByAssigneeGroupInstanceAndBusinessKey_FiltersAndPages(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        for (var i = 0; i < 5; i++)
        {
            await host.StartAsync("approval", $"app-{i}", i % 2 == 0 ? """{ "reviewer": "aida" }""" : null);
        }

        var aida = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { Assignee = "aida" }));
        var hr = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { CandidateGroup = "hr", PageSize = 2, Page = 1 }));
        var lastPage = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { CandidateGroup = "hr", PageSize = 2, Page = 2 }));
        var pastTheEnd = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { CandidateGroup = "hr", PageSize = 2, Page = 5 }));
        var partial = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { CandidateGroup = "h" }));
        var byKey = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { BusinessKey = "app-3" }));
        var byInstance = await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = byKey.Items[0].InstanceId }));

        Assert.Equal(3, aida.Total);
        Assert.Equal(5, hr.Total);
        Assert.Equal(2, hr.Items.Count);
        Assert.Equal((5, 1), (lastPage.Total, lastPage.Items.Count));
        Assert.Equal((5, 0), (pastTheEnd.Total, pastTheEnd.Items.Count));
        Assert.Equal(0, partial.Total);
        Assert.Equal("app-3", Assert.Single(byKey.Items).BusinessKey);
        Assert.Single(byInstance.Items);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Claim_TaskHeldBySomeoneElse_IsRefusedUntilUnclaimed(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        var claimed = await host.Tasks(t => t.ClaimAsync(task.Id, "aida"));
        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.ClaimAsync(task.Id, "bek")));
        await host.Tasks(t => t.UnclaimAsync(task.Id, "aida"));
        var reclaimed = await host.Tasks(t => t.ClaimAsync(task.Id, "bek"));

        Assert.Equal("aida", claimed.Assignee);
        Assert.Equal(WorkflowErrorCodes.TaskAlreadyClaimed, error.Code);
        Assert.Equal("bek", reclaimed.Assignee);
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Equal(["aida", "aida", "bek"], history.Where(h => h.EventType is HistoryEventTypes.TaskClaimed or HistoryEventTypes.TaskUnclaimed).Select(h => h.Actor));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Claim_OnARowReadBeforeSomeoneElsesClaim_LosesWithTaskAlreadyClaimed(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", "app-race");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        // Bek's request reads the open task; Aida's claim commits before Bek's save: the version check refuses Bek's.
        await using var bek = host.Services.CreateAsyncScope();
        var bekTasks = bek.ServiceProvider.GetRequiredService<IUserTaskService>();
        Assert.NotNull(await bekTasks.FindOpenAsync("app-race", "review-form"));
        await host.Tasks(t => t.ClaimAsync(task.Id, "aida"));
        var error = await Assert.ThrowsAsync<WorkflowException>(() => bekTasks.ClaimAsync(task.Id, "bek"));

        Assert.Equal(WorkflowErrorCodes.TaskAlreadyClaimed, error.Code);
        Assert.Equal("aida", (await host.SingleTaskAsync(instance.Id, "Task_Review")).Assignee);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task UnclaimAndAssign_BySomeoneOtherThanTheAssignee_AreTheAuthorizersCall(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", null, """{ "reviewer": "aida" }""");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        var unclaim = await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.UnclaimAsync(task.Id, "bek")));
        var assign = await Assert.ThrowsAsync<WorkflowException>(() => host.Tasks(t => t.AssignAsync(task.Id, "bek", "bek")));
        var assigned = await host.Tasks(t => t.AssignAsync(task.Id, "lead", "bek"));
        await host.Tasks(t => t.UnclaimAsync(task.Id, "bek"));
        var nobodys = await host.Tasks(t => t.UnclaimAsync(task.Id, "carol"));

        Assert.Null(nobodys.Assignee);
        Assert.Equal(WorkflowErrorCodes.NotAuthorized, unclaim.Code);
        Assert.Equal(WorkflowErrorCodes.NotAuthorized, assign.Code);
        Assert.Equal("bek", assigned.Assignee);
        Assert.Null((await host.SingleTaskAsync(instance.Id, "Task_Review")).Assignee);
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Equal([HistoryEventTypes.TaskAssigned, HistoryEventTypes.TaskUnclaimed],
            history.Where(h => h.EventType is HistoryEventTypes.TaskAssigned or HistoryEventTypes.TaskUnclaimed).Select(h => h.EventType));
    }, services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IUserTaskAuthorizer, LeadAssignsAuthorizer>(services));

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_AuthorizerRefuses_ThrowsNotAuthorized(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", null, """{ "reviewer": "aida" }""");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id, "mallory"));
        await host.CompleteAsync(task.Id, "aida");

        Assert.Equal(WorkflowErrorCodes.NotAuthorized, error.Code);
    }, services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IUserTaskAuthorizer, AssigneeOnlyAuthorizer>(services));

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task History_CompletedInstance_ListsTheTrailInOrder(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", null, """{ "reviewer": "aida" }""");
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Review")).Id, "aida", """{ "approved": false }""");

        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));

        Assert.Equal(
            [
                "InstanceStarted", "VariablesChanged", "ElementEntered:Start", "ElementLeft:Start", "ElementEntered:Task_Review", "TaskCreated:Task_Review",
                "TaskCompleted:Task_Review", "VariablesChanged", "ElementLeft:Task_Review", "ElementEntered:Gateway_Decision", "ElementLeft:Gateway_Decision",
                "ElementEntered:End_Rejected", "ElementLeft:End_Rejected", "InstanceCompleted",
            ],
            history.Select(h => h.ElementId is null ? h.EventType : $"{h.EventType}:{h.ElementId}"));
        Assert.Equal("aida", history.Single(h => h.EventType == HistoryEventTypes.TaskCompleted).Actor);
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Restart_NewHostOnSameDatabase_ContinuesCorrectly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider();
        Guid instanceId;
        await using (var before = new EngineHost(database, clock))
        {
            await before.DeployAsync("parallel-review");
            instanceId = (await before.StartAsync("parallel-review", "r-1")).Id;
            await before.CompleteAsync((await before.SingleTaskAsync(instanceId, "Task_Legal")).Id);
        }

        await using var after = new EngineHost(database, clock);
        await after.CompleteAsync((await after.SingleTaskAsync(instanceId, "Task_Finance")).Id);
        await after.CompleteAsync((await after.SingleTaskAsync(instanceId, "Task_Final")).Id);

        Assert.Equal(InstanceStates.Completed, (await after.InstanceAsync(instanceId)).State);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_FiftyParallelCompletionsOfOneTask_ExactlyOneSucceeds(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await host.CompleteAsync(task.Id, $"user-{i}", """{ "approved": false }""");
                return "ok";
            }
            catch (WorkflowException ex)
            {
                return ex.Code;
            }
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r == "ok");
        Assert.All(results.Where(r => r != "ok"), r => Assert.Contains(r, new[] { WorkflowErrorCodes.TaskAlreadyCompleted, WorkflowErrorCodes.ConcurrencyConflict }));
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.Single(history, h => h.EventType == HistoryEventTypes.TaskCompleted);
        Assert.Single(history, h => h.EventType == HistoryEventTypes.InstanceCompleted);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_ParallelBranches_JoinWaitsForBoth(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("parallel-review");
        var instance = await host.StartAsync("parallel-review");
        Assert.Equal(["Task_Finance", "Task_Legal"], instance.ActiveElements.Order());

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Legal")).Id);
        var waiting = await host.InstanceAsync(instance.Id);
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Finance")).Id);
        var joined = await host.InstanceAsync(instance.Id);

        Assert.Equal(["Join", "Task_Finance"], waiting.ActiveElements.Order());
        Assert.Equal(["Task_Final"], joined.ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_TwoBranchesAtOnce_BothSucceedWithoutTheCallerRetrying(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("parallel-review");
        var instance = await host.StartAsync("parallel-review");
        var legal = await host.SingleTaskAsync(instance.Id, "Task_Legal");
        var finance = await host.SingleTaskAsync(instance.Id, "Task_Finance");
        using var start = new ManualResetEventSlim();

        await Task.WhenAll(
            Task.Run(async () => { start.Wait(); await host.CompleteAsync(legal.Id); }),
            Task.Run(async () => { start.Wait(); await host.CompleteAsync(finance.Id); }),
            Task.Run(start.Set));

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Task_Final"], after.ActiveElements);
        Assert.Single((await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Complete_OutputMappingFails_RefusesAndLeavesTaskOpen(string provider) => WithEngineAsync(provider, async host =>
    {
        var xml = Diagrams.Load("user-task-approval").Replace("<zeebe:formDefinition formKey=\"review-form\" />",
            "<zeebe:formDefinition formKey=\"review-form\" /><zeebe:ioMapping><zeebe:output source=\"=assert(score * 2, score * 2 != null)\" target=\"doubled\" /></zeebe:ioMapping>",
            StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(xml));
        var instance = await host.StartAsync("approval");
        var task = await host.SingleTaskAsync(instance.Id, "Task_Review");

        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(task.Id, "aida", """{ "score": "high" }"""));
        await host.CompleteAsync(task.Id, "aida", """{ "score": 21 }""");

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowErrorCodes.ExpressionFailed, error.Code);
        Assert.Equal(42, after.Variables["doubled"]!.GetValue<int>());
        Assert.False(after.Variables.ContainsKey("score"));
        Assert.Equal(InstanceStates.Completed, after.State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_PassThroughElements_RunThroughToTheUserTask(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("pass-through");

        var instance = await host.StartAsync("pass-through");

        Assert.Equal(["Task_Review"], instance.ActiveElements);
        var left = (await host.Engine(e => e.GetHistoryAsync(instance.Id))).Where(h => h.EventType == HistoryEventTypes.ElementLeft).Select(h => h.ElementId);
        Assert.Equal(["Start", "Task_Undefined", "Task_Manual", "Throw_Milestone"], left);
    });

    /// <summary>Everyone claims; only "lead" assigns or takes a task from its assignee.</summary>
    private sealed class LeadAssignsAuthorizer : IUserTaskAuthorizer
    {
        public Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct) => Task.FromResult(true);

        public Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct) => Task.FromResult(true);

        public Task<bool> CanAssignAsync(UserTaskInfo task, string actorId, string? assignee, CancellationToken ct) => Task.FromResult(actorId == "lead");
    }

    private sealed class AssigneeOnlyAuthorizer : IUserTaskAuthorizer
    {
        public Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct) => Task.FromResult(true);

        public Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct) => Task.FromResult(task.Assignee == userId);
    }
}
