using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

public class DeploymentTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Deploy_SameXmlTwice_IsNoOp(string provider) => WithEngineAsync(provider, async host =>
    {
        var first = await host.DeployAsync("user-task-approval");
        var second = await host.DeployAsync("user-task-approval");

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal("approval:1", second.DefinitionId);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Deploy_ChangedXml_CreatesNextVersionAndRunningInstancesStay(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var old = await host.StartAsync("approval", "app-1");
        var changed = Diagrams.Load("user-task-approval").Replace("Review the application", "Review the application (v2)", StringComparison.Ordinal);

        var v2 = await host.Engine(e => e.DeployAsync(changed));
        var fresh = await host.StartAsync("approval", "app-2");

        Assert.Equal(2, v2.Version);
        Assert.Equal("approval:1", (await host.InstanceAsync(old.Id)).DefinitionId);
        Assert.Equal("approval:2", fresh.DefinitionId);
        Assert.Equal("Review the application (v2)", (await host.SingleTaskAsync(fresh.Id, "Task_Review")).Name);
        Assert.Equal("Review the application", (await host.SingleTaskAsync(old.Id, "Task_Review")).Name);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Deploy_UnsupportedDiagram_ThrowsDefinitionInvalidWithFindings(string provider) => WithEngineAsync(provider, async host =>
    {
        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.DeployAsync("unsupported-elements"));

        Assert.Equal(WorkflowErrorCodes.DefinitionInvalid, error.Code);
        Assert.Contains(error.Findings, f => f.ElementId == "Gateway_Complex" && f.Code == FindingCodes.UnsupportedElement);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Deploy_TwoHostsAtOnceWithTheSameXml_BothSucceedWithOneVersion(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider();
        await using var first = new EngineHost(database, clock);
        await using var second = new EngineHost(database, clock);

        for (var round = 0; round < 5; round++)
        {
            var xml = Diagrams.Load("user-task-approval").Replace("Sign the order", $"Sign the order {round}", StringComparison.Ordinal);
            var results = await Task.WhenAll(Task.Run(() => first.Engine(e => e.DeployAsync(xml))), Task.Run(() => second.Engine(e => e.DeployAsync(xml))));

            Assert.Single(results.Select(r => r.DefinitionId).Distinct());
            Assert.Equal(round + 1, results[0].Version);
        }
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Start_UnknownKey_ThrowsDefinitionNotFound(string provider) => WithEngineAsync(provider, async host =>
    {
        var error = await Assert.ThrowsAsync<WorkflowException>(() => host.StartAsync("nope"));

        Assert.Equal(WorkflowErrorCodes.DefinitionNotFound, error.Code);
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task StartByDefinitionId_OlderVersion_RunsThatVersion(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.Engine(e => e.DeployAsync(Diagrams.Load("user-task-approval").Replace("Sign the order", "Sign", StringComparison.Ordinal)));

        var instance = await host.Engine(e => e.StartByDefinitionIdAsync("approval:1", "b-1"));

        Assert.Equal(1, instance.DefinitionVersion);
        Assert.Equal("b-1", instance.BusinessKey);
    });
}
