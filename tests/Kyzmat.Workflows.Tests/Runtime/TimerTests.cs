using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class TimerTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_TimerCatchEvent_FiresOnlyWhenDue(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-catch");
        var instance = await host.StartAsync("timer-catch");

        var early = await host.Runner.RunDueJobsAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(61));
        var due = await host.Runner.RunDueJobsAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(["Task_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_TimerWithDate_FiresAtThatDate(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(Diagrams.Load("timer-catch").Replace(
            "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT1H</bpmn:timeDuration>",
            "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">2026-03-02T13:00:00+03:00</bpmn:timeDate>", StringComparison.Ordinal)));
        var instance = await host.StartAsync("timer-catch");

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        var early = await host.Runner.RunDueJobsAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var due = await host.Runner.RunDueJobsAsync();

        Assert.Equal((0, 1), (early, due));
        Assert.Equal(["Task_After"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task RunDueJobs_TimerDueWhileHostWasDown_FiresOnceAfterRestart(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider();
        Guid instanceId;
        await using (var before = new EngineHost(database, clock))
        {
            await before.DeployAsync("timer-catch");
            instanceId = (await before.StartAsync("timer-catch")).Id;
        }

        clock.Advance(TimeSpan.FromHours(5));
        await using var after = new EngineHost(database, clock);
        var first = await after.Runner.RunDueJobsAsync();
        var second = await after.Runner.RunDueJobsAsync();

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Single(await after.Engine(e => e.GetHistoryAsync(instanceId)), h => h.EventType == HistoryEventTypes.TimerFired);
        Assert.Equal(["Task_After"], (await after.InstanceAsync(instanceId)).ActiveElements);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task RunDueJobs_TwoHostsRacingForTimers_FireEachExactlyOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider();
        await using var first = new EngineHost(database, clock);
        await using var second = new EngineHost(database, clock);
        await first.DeployAsync("timer-catch");
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await first.StartAsync("timer-catch")).Id);
        }

        clock.Advance(TimeSpan.FromHours(2));
        var counts = await Task.WhenAll(Task.Run(() => first.Runner.RunDueJobsAsync()), Task.Run(() => second.Runner.RunDueJobsAsync()));

        Assert.Equal(12, counts.Sum());
        foreach (var id in ids)
        {
            Assert.Single(await first.Engine(e => e.GetHistoryAsync(id)), h => h.EventType == HistoryEventTypes.TimerFired);
        }
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_InterruptingBoundaryTimer_CancelsTaskAndEscalates(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-boundary");
        var instance = await host.StartAsync("timer-boundary", null, """{ "deadline": "PT1H" }""");
        var review = await host.SingleTaskAsync(instance.Id, "Task_Review");

        host.Clock.Advance(TimeSpan.FromMinutes(90));
        await host.Runner.RunDueJobsAsync();

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Task_Escalated"], after.ActiveElements);
        Assert.Equal(UserTaskStates.Cancelled, (await host.Tasks(t => t.GetAsync(review.Id))).State);
        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.CompleteAsync(review.Id));
        Assert.Equal(WorkflowErrorCodes.TaskNotActive, error.Code);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task RunDueJobs_NonInterruptingBoundaryTimer_KeepsTaskAndAddsReminder(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-boundary");
        var instance = await host.StartAsync("timer-boundary", null, """{ "deadline": "P1D" }""");

        host.Clock.Advance(TimeSpan.FromHours(3));
        await host.Runner.RunDueJobsAsync();
        var withReminder = await host.InstanceAsync(instance.Id);
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Task_Review")).Id);
        host.Clock.Advance(TimeSpan.FromDays(2));
        var lateTimers = await host.Runner.RunDueJobsAsync();

        Assert.Equal(["Task_Remind", "Task_Review"], withReminder.ActiveElements.Order());
        Assert.Equal(0, lateTimers);
        Assert.Equal(["Task_Remind"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_TimerExpressionNotADuration_RaisesIncident(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("timer-boundary");

        var instance = await host.StartAsync("timer-boundary", null, """{ "deadline": 42 }""");

        Assert.Equal(IncidentCodes.ExpressionFailed, Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id))).Code);
    });
}
