using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class LinkEventTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ALinkThrow_ContinuesAtTheCatchOfItsName(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("links");

        var instance = await host.StartAsync("links");

        Assert.Equal(["Review"], instance.ActiveElements);
        var entered = (await host.Engine(e => e.GetHistoryAsync(instance.Id))).Where(h => h.EventType == Kyzmat.Workflows.History.HistoryEventTypes.ElementEntered)
            .Select(h => h.ElementId).ToList();
        Assert.Equal(["Start", "GoToReview", "ReviewHere", "Review"], entered);
    });

    [Theory]
    [InlineData("""<bpmn:linkEventDefinition name="elsewhere" />""", "GoToReview")]
    [InlineData("""<bpmn:linkEventDefinition />""", "GoToReview")]
    public void Parse_ALinkWithoutItsCatch_IsRefused(string throwDefinition, string elementId)
    {
        var xml = Diagrams.Load("links").Replace("""<bpmn:intermediateThrowEvent id="GoToReview"><bpmn:linkEventDefinition name="review" />""",
            $"""<bpmn:intermediateThrowEvent id="GoToReview">{throwDefinition}""", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f.Code == FindingCodes.LinkInvalid && f.ElementId == elementId);
    }
}
