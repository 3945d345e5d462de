using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

public class EventSubProcessTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task InterruptingMessage_CancelsTheUserTask_AndTheProcessCompletesThroughTheEventSubProcess(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-message", null, """{ "applicationId": "A-1" }""");
        var review = await host.SingleTaskAsync(instance.Id, "Review");

        var other = await host.Engine(e => e.CorrelateMessageAsync("application-withdrawn", "A-2"));
        var correlated = await host.Engine(e => e.CorrelateMessageAsync("application-withdrawn", "A-1", Json("""{ "reason": "moved abroad" }""")));

        Assert.False(other.Correlated);
        Assert.True(correlated.Correlated);
        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Archive", "OnWithdrawn"], after.ActiveElements.Order(StringComparer.Ordinal).ToList());
        Assert.Equal("moved abroad", after.Variables["withdrawReason"]!.GetValue<string>());
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(review.Id))).State);
        Assert.Empty(await host.Db(db => db.Set<WorkflowMessageSubscriptionRecord>().ToListAsync()));

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Archive")).Id);

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TheMainPathCompleting_ClosesTheSubscription(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-message", null, """{ "applicationId": "A-1" }""");
        Assert.Single(await host.Db(db => db.Set<WorkflowMessageSubscriptionRecord>().ToListAsync()));

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Review")).Id);

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
        Assert.Empty(await host.Db(db => db.Set<WorkflowMessageSubscriptionRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task NonInterruptingTimerCycle_FiresAsOftenAsItRepeats_AndTheProcessWaitsForWhatItStarted(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-timer-cycle");
        var fired = new List<int>();

        for (var hour = 0; hour < 5; hour++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            fired.Add(await host.Runner.RunDueJobsAsync());
        }

        Assert.Equal([1, 1, 1, 0, 0], fired);
        var active = (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Remind", "Remind", "Remind", "Reminders", "Reminders", "Reminders", "SlowReview"], active);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "SlowReview")).Id);
        Assert.Equal(InstanceStates.Active, (await host.InstanceAsync(instance.Id)).State);
        foreach (var remind in (await host.Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instance.Id }))).Items.Where(t => t.State == UserTaskStates.Created))
        {
            await host.CompleteAsync(remind.Id);
        }

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ErrorEndEvent_IsCaughtByTheEventSubProcessOfItsScope_BeforeTheBoundaryOnTheScope(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-error");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Decide")).Id, variablesJson: """{ "refusalCode": "REFUSED" }""");

        Assert.Equal(["Check", "Notify", "OnRefused"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList());

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Notify")).Id);

        Assert.Equal(["Checked"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnErrorNothingInsideCatches_ReachesTheProcessCatchAllEventSubProcess(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-error");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Decide")).Id, variablesJson: """{ "refusalCode": "BROKEN" }""");

        Assert.Equal(["Investigate", "OnAnyError"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList());
        Assert.Empty(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task SignalEventSubProcess_InterruptsTheInstance(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-signal");

        var reached = await host.Engine(e => e.BroadcastSignalAsync("competition-cancelled"));

        Assert.Equal([instance.Id], reached);
        Assert.Equal(["Inform", "OnCancelled"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList());
        Assert.Empty(await host.Db(db => db.Set<WorkflowSignalSubscriptionRecord>().Where(s => s.InstanceId == instance.Id).ToListAsync()));
        Assert.Empty(await host.Engine(e => e.BroadcastSignalAsync("competition-cancelled")));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task CancellingTheInstance_RemovesTheEventSubProcessesSubscriptions(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var signal = await host.StartAsync("esp-signal");
        var message = await host.StartAsync("esp-message", null, """{ "applicationId": "A-1" }""");
        var timer = await host.StartAsync("esp-timer-cycle");
        Assert.Single(await host.Db(db => db.Set<WorkflowSignalSubscriptionRecord>().Where(s => s.InstanceId == signal.Id).ToListAsync()));
        Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().Where(j => j.Kind == JobKinds.EventSubProcessTimer).ToListAsync()));

        foreach (var instance in new[] { signal, message, timer })
        {
            await host.Engine(e => e.CancelAsync(instance.Id));
        }

        Assert.Empty(await host.Db(db => db.Set<WorkflowSignalSubscriptionRecord>().Where(s => s.InstanceId != Guid.Empty).ToListAsync()));
        Assert.Empty(await host.Db(db => db.Set<WorkflowMessageSubscriptionRecord>().ToListAsync()));
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task TheSubscriptionOutlivesARestartOfTheHost(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid instanceId;
        await using (var before = new EngineHost(database, new ManualTimeProvider()))
        {
            await before.DeployAsync("event-sub-processes");
            instanceId = (await before.StartAsync("esp-message", null, """{ "applicationId": "A-7" }""")).Id;
        }

        await using var after = new EngineHost(database, new ManualTimeProvider());
        var correlated = await after.Engine(e => e.CorrelateMessageAsync("application-withdrawn", "A-7", Json("""{ "reason": "restart" }""")));

        Assert.Equal([instanceId], correlated.InstanceIds);
        Assert.Equal(["Archive", "OnWithdrawn"], (await after.InstanceAsync(instanceId)).ActiveElements.Order(StringComparer.Ordinal).ToList());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TimerInASubProcess_InterruptsOnlyTheSubProcess_WhichThenCompletesThroughIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-in-sub-process", null, """{ "deadline": "PT1H" }""");
        var timer = Assert.Single(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddHours(1), timer.DueAt);

        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        Assert.Equal(["Apply", "Late", "OnDeadline"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList());
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Late")).Id);
        Assert.Equal(["Done"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ASubProcessCompletingBeforeItsTimer_RemovesTheTimer(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-sub-processes");
        var instance = await host.StartAsync("esp-in-sub-process", null, """{ "deadline": "PT1H" }""");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "FillIn")).Id);

        Assert.Equal(["Done"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
    });

    private static System.Text.Json.Nodes.JsonObject Json(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
}
