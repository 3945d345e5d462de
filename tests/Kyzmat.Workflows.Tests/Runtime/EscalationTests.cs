using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class EscalationTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnEscalationCaughtByANonInterruptingBoundary_StartsItsPath_AndTheThrowerGoesOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("escalations");

        var instance = await host.StartAsync("escalations", null, """{ "level": "LATE" }""");

        Assert.Equal(["Handle", "Notice", "Work"], instance.ActiveElements.Order(StringComparer.Ordinal).ToList());
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Work")).Id);
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Notice")).Id);
        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnEscalationCaughtByAnInterruptingBoundary_TerminatesTheSubProcessWithTheThrower(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("escalations");

        var instance = await host.StartAsync("escalations", null, """{ "level": "STOP" }""");

        Assert.Equal(["Stop"], instance.ActiveElements);
        var history = await host.Engine(e => e.GetHistoryAsync(instance.Id));
        Assert.DoesNotContain(history, h => h.EventType == HistoryEventTypes.ElementLeft && h.ElementId == "Escalate");
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnEscalationNobodyCatches_IsNoIncident_AndTheThrowerGoesOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("escalations");

        var instance = await host.StartAsync("escalations", null, """{ "level": "NOBODY_CATCHES_THIS" }""");

        Assert.Equal(["Handle", "Work"], instance.ActiveElements.Order(StringComparer.Ordinal).ToList());
        Assert.Empty(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        var thrown = Assert.Single(await host.Engine(e => e.GetHistoryAsync(instance.Id)), h => h.EventType == HistoryEventTypes.EscalationThrown);
        Assert.Contains("NOBODY_CATCHES_THIS", thrown.DataJson, StringComparison.Ordinal);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task AnEscalationEndEvent_StartsANonInterruptingEventSubProcess_WhichTheProcessWaitsFor(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("escalations");
        var instance = await host.StartAsync("escalation-esp");

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Prepare")).Id);

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Active, after.State);
        Assert.Equal(["OnEscalation", "Report"], after.ActiveElements.Order(StringComparer.Ordinal).ToList());
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Report")).Id);
        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    });
}
