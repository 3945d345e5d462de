using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class InclusiveGatewayTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TwoConditionsTrue_BothBranchesRun_AndTheJoinWaitsForTheOneThatCanStillArrive(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("inclusive-gateway");
        var instance = await host.StartAsync("inclusive-gateway", null, """{ "needsLegal": true, "needsFinance": true }""");
        Assert.Equal(["Finance", "Legal"], instance.ActiveElements.Order(StringComparer.Ordinal).ToList());

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Legal")).Id);
        Assert.Equal(["Finance", "Merge"], (await host.InstanceAsync(instance.Id)).ActiveElements.Order(StringComparer.Ordinal).ToList());

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Finance")).Id);
        Assert.Equal(["Final"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task OneConditionTrue_TheJoinGoesOnWithoutWaitingForBranchesNotTaken(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("inclusive-gateway");
        var instance = await host.StartAsync("inclusive-gateway", null, """{ "needsLegal": true, "needsFinance": false }""");
        Assert.Equal(["Legal"], instance.ActiveElements);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Legal")).Id);

        Assert.Equal(["Final"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task NoConditionTrue_TakesTheDefaultFlow(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("inclusive-gateway");

        var instance = await host.StartAsync("inclusive-gateway", null, """{ "needsLegal": false, "needsFinance": false }""");

        Assert.Equal(["Basic"], instance.ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ABranchEndsElsewhere_TheWaitingJoinGoesOn(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("inclusive-gateway");
        var instance = await host.StartAsync("inclusive-gateway", null, """{ "needsLegal": true, "needsFinance": true }""");
        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Legal")).Id);

        await host.CompleteAsync((await host.SingleTaskAsync(instance.Id, "Finance")).Id, variablesJson: """{ "financeRejected": true }""");

        Assert.Equal(["Final"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task NoConditionTrueAndNoDefault_IsAnIncident(string provider) => WithEngineAsync(provider, async host =>
    {
        var xml = Diagrams.Load("inclusive-gateway").Replace("""<bpmn:inclusiveGateway id="Which" default="ToBasic" />""", """<bpmn:inclusiveGateway id="Which" />""", StringComparison.Ordinal)
            .Replace("""<bpmn:sequenceFlow id="ToBasic" sourceRef="Which" targetRef="Basic" />""",
                """<bpmn:sequenceFlow id="ToBasic" sourceRef="Which" targetRef="Basic"><bpmn:conditionExpression>=false</bpmn:conditionExpression></bpmn:sequenceFlow>""", StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(xml));

        var instance = await host.StartAsync("inclusive-gateway", null, """{ "needsLegal": false, "needsFinance": false }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal((IncidentCodes.NoFlowTaken, "Which"), (incident.Code, incident.ElementId));
    });
}
