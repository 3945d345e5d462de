using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Runtime;

public class EventBasedGatewayTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task MessageBeforeTheTimer_Wins_TheTimerIsRemoved(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-gateway");
        var instance = await host.StartAsync("event-gateway", null, """{ "applicationId": "AR-1" }""");
        Assert.Equal(["Wait"], instance.ActiveElements);

        var result = await host.Engine(e => e.CorrelateMessageAsync("docs-arrived", "AR-1", new JsonObject { ["pages"] = 12 }));

        Assert.True(result.Correlated);
        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(["Check"], after.ActiveElements);
        Assert.Equal(12, after.Variables["pageCount"]!.GetValue<int>());
        Assert.Empty(await host.Db(db => db.Set<WorkflowJobRecord>().ToListAsync()));
        Assert.Empty(await host.Db(db => db.Set<WorkflowMessageSubscriptionRecord>().ToListAsync()));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task TimerBeforeTheMessage_Wins_TheMessageFindsNobody(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("event-gateway");
        var instance = await host.StartAsync("event-gateway", null, """{ "applicationId": "AR-2" }""");

        host.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Runner.RunDueJobsAsync());

        Assert.Equal(["Close"], (await host.InstanceAsync(instance.Id)).ActiveElements);
        Assert.False((await host.Engine(e => e.CorrelateMessageAsync("docs-arrived", "AR-2"))).Correlated);
    });

    [Fact]
    public void Parse_EventBasedGatewayLeadingToATask_IsRefused()
    {
        var xml = Diagrams.Load("event-gateway").Replace("""<bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="Deadline" />""",
            """<bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="Close" /><bpmn:sequenceFlow id="F8" sourceRef="Deadline" targetRef="Close" />""", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f is { Code: FindingCodes.FlowInvalid, ElementId: "Wait" });
    }
}
