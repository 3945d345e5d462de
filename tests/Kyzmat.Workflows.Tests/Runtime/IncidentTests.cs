using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class IncidentTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_CycleWithoutWaitState_StopsWithLoopIncident(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("loop-no-wait");

        var instance = await host.StartAsync("loop-no-wait");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.LoopDetected, incident.Code);
        Assert.Equal(InstanceStates.Active, instance.State);
        Assert.Equal(1, instance.OpenIncidents);
    }, configure: o => o.MaxStepsPerCommand = 200);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Resolve_LoopIncidentAfterFixingVariables_Completes(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("loop-no-wait");
        var instance = await host.StartAsync("loop-no-wait");
        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));

        await host.Engine(e => e.ResolveIncidentAsync(incident.Id, System.Text.Json.Nodes.JsonNode.Parse("""{ "done": true }""")!.AsObject()));

        Assert.Equal(InstanceStates.Completed, (await host.InstanceAsync(instance.Id)).State);
    }, configure: o => o.MaxStepsPerCommand = 200);

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_ConditionNotBoolean_RaisesIncidentNotCrash(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("condition-not-boolean");

        var instance = await host.StartAsync("condition-not-boolean", null, """{ "amount": 5 }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.ConditionNotBoolean, incident.Code);
        Assert.Equal("Gateway", incident.ElementId);
        Assert.Equal(["Gateway"], instance.ActiveElements);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task QueryIncidents_SeveralInstances_ListsOpenOnesPaged(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("condition-not-boolean");
        for (var i = 0; i < 3; i++)
        {
            await host.StartAsync("condition-not-boolean", null, """{ "amount": 5 }""");
        }

        var page = await host.Engine(e => e.QueryIncidentsAsync(openOnly: true, page: 0, pageSize: 2));
        await host.Engine(e => e.ResolveIncidentAsync(page.Items[0].Id, System.Text.Json.Nodes.JsonNode.Parse("""{ "amount": null }""")!.AsObject()));
        var afterResolving = await host.Engine(e => e.QueryIncidentsAsync());
        var all = await host.Engine(e => e.QueryIncidentsAsync(openOnly: false));

        Assert.Equal(3, page.Total);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(3, afterResolving.Total);
        Assert.Equal(4, all.Total);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Resolve_AlreadyResolvedIncident_ThrowsClearError(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("condition-not-boolean");
        var instance = await host.StartAsync("condition-not-boolean", null, """{ "amount": 5 }""");
        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        await host.Engine(e => e.ResolveIncidentAsync(incident.Id, System.Text.Json.Nodes.JsonNode.Parse("""{ "amount": null }""")!.AsObject()));

        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.ResolveIncidentAsync(incident.Id)));

        Assert.Equal(WorkflowErrorCodes.IncidentAlreadyResolved, error.Code);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_ConditionOnMissingVariable_RaisesIncidentUntilResolvedWithTheVariable(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("condition-not-boolean");
        var xml = Diagrams.Load("condition-not-boolean").Replace("=amount</bpmn:conditionExpression>", "=amount &gt;= 10</bpmn:conditionExpression>", StringComparison.Ordinal);
        await host.Engine(e => e.DeployAsync(xml));

        var instance = await host.StartAsync("condition-not-boolean");
        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        await host.Engine(e => e.ResolveIncidentAsync(incident.Id, System.Text.Json.Nodes.JsonNode.Parse("""{ "amount": 50 }""")!.AsObject()));

        Assert.Equal(IncidentCodes.ConditionNotBoolean, incident.Code);
        Assert.Contains("null", incident.Message, StringComparison.Ordinal);
        Assert.Equal(["Task_Big"], (await host.InstanceAsync(instance.Id)).ActiveElements);
    });
}
