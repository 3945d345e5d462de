using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class CollaborationDeploymentTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task ACollaboration_DeploysEveryExecutablePool_InOneDeployment(string provider) => WithEngineAsync(provider, async host =>
    {
        var deployed = await host.DeployAsync("two-pools");

        Assert.Equal(["citizen-side", "office-side"], new[] { deployed }.Concat(deployed.AlsoDeployed).Select(d => d.Key).ToList());
        Assert.All(new[] { deployed }.Concat(deployed.AlsoDeployed), d => Assert.True(d.Created));
        Assert.Equal(["Receive"], (await host.StartAsync("office-side")).ActiveElements);
        Assert.Equal(["Send"], (await host.StartAsync("citizen-side")).ActiveElements);

        var again = await host.DeployAsync("two-pools");

        Assert.False(again.Created);
        Assert.False(Assert.Single(again.AlsoDeployed).Created);
    });

    [Fact]
    public void Parse_AnIdUsedInTwoPools_IsRefused()
    {
        var xml = Diagrams.Load("two-pools").Replace("<bpmn:endEvent id=\"OfficeEnd\" />", "<bpmn:endEvent id=\"CitizenEnd\" />", StringComparison.Ordinal)
            .Replace("targetRef=\"OfficeEnd\"", "targetRef=\"CitizenEnd\"", StringComparison.Ordinal);

        Assert.Contains(BpmnParser.Parse(xml).Findings, f => f is { Code: FindingCodes.DuplicateId, ElementId: "CitizenEnd" });
    }
}
