using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Decisions;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

/// <summary>DMN files deployed beside BPMN, and business rule tasks evaluating their decisions, as Camunda 8 does.</summary>
public class BusinessRuleTaskTests : EngineTest
{
    private static readonly string Discounts = Dmn.Definitions("discounts",
        Dmn.Table("category", "FIRST", ["amount"], ["category"], [">= 1000 | \"gold\"", "[100..1000) | \"silver\"", "- | \"none\""]),
        Dmn.Table("discount", "UNIQUE", ["category", "member"], ["rate"],
            ["\"gold\" | - | 0.2", "\"silver\" | true | 0.1", "\"silver\" | false | 0.05", "\"none\" | - | 0"], requires: "category"));

    private static string Process(string calledDecision, string mappings = "") => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D">
          <bpmn:process id="pricing" isExecutable="true">
            <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Rule" />
            <bpmn:businessRuleTask id="Rule">
              <bpmn:extensionElements>{calledDecision}{mappings}</bpmn:extensionElements>
            </bpmn:businessRuleTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Rule" targetRef="End" /><bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task DeployDmn_StoresEachDecision_SameXmlIsANoOp_ChangedXmlIsTheNextVersion(string provider) => WithEngineAsync(provider, async host =>
    {
        var first = await host.Engine(e => e.DeployAsync(Discounts, "discounts.dmn"));
        var again = await host.Engine(e => e.DeployAsync(Discounts, "discounts.dmn"));
        var changed = await host.Engine(e => e.DeployAsync(Discounts.Replace("0.2", "0.25", StringComparison.Ordinal), "discounts.dmn"));

        Assert.Equal(("category:1", "category", 1, true, "decision"), (first.DefinitionId, first.Key, first.Version, first.Created, first.Kind));
        Assert.Equal(["discount:1"], first.AlsoDeployed.Select(d => d.DefinitionId));
        Assert.False(again.Created);
        Assert.Equal(("category:1", false), (again.DefinitionId, again.AlsoDeployed[0].Created));
        Assert.Equal(("category:2", "discount:2"), (changed.DefinitionId, changed.AlsoDeployed[0].DefinitionId));
        var rows = await host.Db(db => db.Set<WorkflowDecisionRecord>().OrderBy(d => d.Id).ToListAsync());
        Assert.Equal(["category:1", "category:2", "discount:1", "discount:2"], rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Equal(("discounts", "discounts.dmn"), (r.DrgId, r.ResourceName)));
        Assert.Empty(await host.Db(db => db.Set<WorkflowDefinitionRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task DeployBrokenDmn_IsRefusedWithFindings_AndStoresNothing(string provider) => WithEngineAsync(provider, async host =>
    {
        var broken = Discounts.Replace("[100..1000)", "[100..", StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<WorkflowException>(() => host.Engine(e => e.DeployAsync(broken, "discounts.dmn")));

        Assert.Equal(WorkflowErrorCodes.DefinitionInvalid, ex.Code);
        var finding = Assert.Single(ex.Findings);
        Assert.Equal(("category_r2_c0", FindingCodes.ExpressionInvalid), (finding.ElementId, finding.Code));
        Assert.Empty(await host.Db(db => db.Set<WorkflowDecisionRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task BusinessRuleTask_EvaluatesTheLatestDecision_SetsTheResultVariable_AndRecordsIt(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(Discounts.Replace("0.2", "0.15", StringComparison.Ordinal), "discounts.dmn"));
        await host.Engine(e => e.DeployAsync(Discounts, "discounts.dmn"));
        await host.Engine(e => e.DeployAsync(Process("""<zeebe:calledDecision decisionId="=&quot;dis&quot; + &quot;count&quot;" resultVariable="rate" />"""), "pricing.bpmn"));

        var gold = await host.StartAsync("pricing", null, """{ "amount": 1500, "member": false }""");
        var silver = await host.StartAsync("pricing", null, """{ "amount": 500, "member": true }""");

        Assert.Equal(InstanceStates.Completed, gold.State);
        Assert.Equal(0.2m, gold.Variables["rate"]!.GetValue<decimal>());
        Assert.Equal(0.1m, silver.Variables["rate"]!.GetValue<decimal>());
        var entry = Assert.Single(await host.Engine(e => e.GetHistoryAsync(silver.Id)), h => h.EventType == HistoryEventTypes.DecisionEvaluated);
        var data = JsonNode.Parse(entry.DataJson!)!;
        Assert.Equal(("Rule", "discount", 2), (entry.ElementId, data["decisionId"]!.GetValue<string>(), data["decisionVersion"]!.GetValue<int>()));
        Assert.Equal(["category:category_r2", "discount:discount_r2"], data["evaluatedDecisions"]!.AsArray()
            .SelectMany(d => d!["matchedRules"]!.AsArray().Select(r => d["decisionId"]!.GetValue<string>() + ":" + r!["ruleId"]!.GetValue<string>())));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task BusinessRuleTask_WithOutputMappings_KeepsTheResultLocal_AndBindsToAVersionTag(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(Dmn.Definitions("tagged", Dmn.Literal("twice", "x * 2").Replace("<decision id=\"twice\"", "<decision zeebe:versionTag=\"v1\" id=\"twice\"", StringComparison.Ordinal)), "tagged.dmn"));
        await host.Engine(e => e.DeployAsync(Dmn.Definitions("tagged", Dmn.Literal("twice", "x * 3")), "tagged.dmn"));
        await host.Engine(e => e.DeployAsync(Process("""<zeebe:calledDecision decisionId="twice" resultVariable="result" bindingType="versionTag" versionTag="v1" />""",
            """<zeebe:ioMapping><zeebe:output source="=result + 1" target="doubledPlusOne" /></zeebe:ioMapping>"""), "pricing.bpmn"));

        var instance = await host.StartAsync("pricing", null, """{ "x": 5 }""");

        Assert.Equal(InstanceStates.Completed, instance.State);
        Assert.Equal("11", instance.Variables["doubledPlusOne"]!.ToJsonString());
        Assert.False(instance.Variables.ContainsKey("result"), "With output mappings the result variable is the task's own.");
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task MissingDecision_RaisesAnIncident_DeployingItAndRetrying_Resolves(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(Process("""<zeebe:calledDecision decisionId="discount" resultVariable="rate" />"""), "pricing.bpmn"));
        var instance = await host.StartAsync("pricing", null, """{ "amount": 50, "member": true }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal((IncidentCodes.CalledDecisionError, "Rule"), (incident.Code, incident.ElementId));
        Assert.Contains("'discount'", incident.Message, StringComparison.Ordinal);
        Assert.Equal(["Rule"], instance.ActiveElements);

        await host.Engine(e => e.DeployAsync(Discounts, "discounts.dmn"));
        await host.Engine(e => e.ResolveIncidentAsync(incident.Id));

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.Equal(0m, done.Variables["rate"]!.GetValue<decimal>());
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task FailingEvaluation_RaisesADecisionEvaluationIncident_FixingTheVariablesAndRetrying_Resolves(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.Engine(e => e.DeployAsync(Discounts.Replace("<text>false</text>", "<text>-</text>", StringComparison.Ordinal), "discounts.dmn"));
        await host.Engine(e => e.DeployAsync(Process("""<zeebe:calledDecision decisionId="discount" resultVariable="rate" />"""), "pricing.bpmn"));
        var instance = await host.StartAsync("pricing", null, """{ "amount": 500, "member": true }""");

        var incident = Assert.Single(await host.Engine(e => e.GetIncidentsAsync(instance.Id)));
        Assert.Equal(IncidentCodes.DecisionEvaluationError, incident.Code);
        Assert.Contains("UNIQUE", incident.Message, StringComparison.Ordinal);

        await host.Engine(e => e.ResolveIncidentAsync(incident.Id, JsonNode.Parse("""{ "member": false }""")!.AsObject()));

        var done = await host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStates.Completed, done.State);
        Assert.Equal(0.05m, done.Variables["rate"]!.GetValue<decimal>());
    });
}
