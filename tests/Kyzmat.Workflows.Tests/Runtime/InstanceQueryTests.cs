using System.Text.Json.Nodes;
using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Runtime;

public class InstanceQueryTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task FindByBusinessKey_TwoInstances_ReturnsBoth(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.StartAsync("approval", "app-7");
        await host.StartAsync("approval", "app-7");
        await host.StartAsync("approval", "app-8");

        var found = await host.Engine(e => e.FindByBusinessKeyAsync("app-7"));

        Assert.Equal(2, found.Count);
        Assert.All(found, i => Assert.Equal(["Task_Review"], i.ActiveElements));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task SetVariables_ActiveInstance_MergesAndRecordsActor(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var instance = await host.StartAsync("approval", null, """{ "a": 1 }""");

        await host.Engine(e => e.SetVariablesAsync(instance.Id, new JsonObject { ["b"] = "two" }, "admin"));

        var after = await host.InstanceAsync(instance.Id);
        Assert.Equal(1, after.Variables["a"]!.GetValue<int>());
        Assert.Equal("two", after.Variables["b"]!.GetValue<string>());
        var entry = (await host.Engine(e => e.GetHistoryAsync(instance.Id))).Last();
        Assert.Equal((HistoryEventTypes.VariablesChanged, "admin", "[\"b\"]"), (entry.EventType, entry.Actor, entry.DataJson));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task Definitions_TwoVersions_AreListedAndReadable(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.Engine(e => e.DeployAsync(Diagrams.Load("user-task-approval").Replace("Sign the order", "Sign", StringComparison.Ordinal)));
        await using var scope = host.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitions>();

        var list = await definitions.ListAsync();
        var latest = await definitions.GetLatestAsync("approval");
        var first = await definitions.GetAsync("approval:1");
        var missing = await Assert.ThrowsAsync<WorkflowException>(() => definitions.GetAsync("approval:9"));

        Assert.Equal(["approval:2", "approval:1"], list.Select(d => d.Id));
        Assert.Null(list[0].Xml);
        Assert.Contains("\"Sign\"", latest!.Xml, StringComparison.Ordinal);
        Assert.Equal("user-task-approval.bpmn", first.ResourceName);
        Assert.Null(await definitions.GetLatestAsync("nothing"));
        Assert.Equal(WorkflowErrorCodes.DefinitionNotFound, missing.Code);
    });
}
