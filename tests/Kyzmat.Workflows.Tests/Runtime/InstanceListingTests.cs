using Kyzmat.Testing.Traits;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tests.Support;

namespace Kyzmat.Workflows.Tests.Runtime;

/// <summary><see cref="IWorkflowEngine.QueryInstancesAsync"/>: what the process monitor lists.</summary>
public class InstanceListingTests : EngineTest
{
    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task QueryInstances_NoFilter_ListsNewestFirstWithTotal(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var first = await host.StartAsync("approval", "app-1");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await host.StartAsync("approval", "app-2");

        var page = await host.Engine(e => e.QueryInstancesAsync(new WorkflowInstanceQuery()));

        Assert.Equal(2, page.Total);
        Assert.Equal([second.Id, first.Id], page.Items.Select(i => i.Id));
        Assert.Equal(["Task_Review"], page.Items[0].ActiveElements);
        Assert.Equal(("approval", 1, InstanceStates.Active), (page.Items[0].DefinitionKey, page.Items[0].DefinitionVersion, page.Items[0].State));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task QueryInstances_ByKeyVersionStateAndBusinessKey_AppliesEveryFilter(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.DeployAsync("pass-through");
        var v1 = await host.StartAsync("approval", "app-1");
        var cancelled = await host.StartAsync("approval", "app-2");
        await host.Engine(e => e.CancelAsync(cancelled.Id, "admin"));
        await host.Engine(e => e.DeployAsync(Diagrams.Load("user-task-approval").Replace("Sign the order", "Sign", StringComparison.Ordinal)));
        var v2 = await host.StartAsync("approval", "app-1");
        var other = await host.StartAsync("pass-through", "app-1");

        async Task<IEnumerable<Guid>> IdsAsync(WorkflowInstanceQuery query) =>
            (await host.Engine(e => e.QueryInstancesAsync(query))).Items.Select(i => i.Id).Order();

        Assert.Equal(new[] { v1.Id, cancelled.Id, v2.Id }.Order(), await IdsAsync(new() { DefinitionKey = "approval" }));
        Assert.Equal(new[] { v1.Id, cancelled.Id }.Order(), await IdsAsync(new() { DefinitionKey = "approval", DefinitionVersion = 1 }));
        Assert.Equal(new[] { cancelled.Id }, await IdsAsync(new() { State = InstanceStates.Cancelled }));
        Assert.Equal(new[] { v1.Id, v2.Id, other.Id }.Order(), await IdsAsync(new() { BusinessKey = "app-1" }));
        Assert.Equal(new[] { v2.Id }, await IdsAsync(new() { DefinitionKey = "approval", DefinitionVersion = 2, State = InstanceStates.Active, BusinessKey = "app-1" }));
        Assert.Empty(await IdsAsync(new() { DefinitionKey = "nothing" }));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task QueryInstances_SkipAndTake_PageThroughEveryInstanceOnce(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        var started = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            started.Add((await host.StartAsync("approval", $"app-{i}")).Id);
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var pages = new List<PagedResult<WorkflowInstanceInfo>>();
        for (var skip = 0; skip < 6; skip += 2)
        {
            var query = new WorkflowInstanceQuery { Skip = skip, Take = 2 };
            pages.Add(await host.Engine(e => e.QueryInstancesAsync(query)));
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(5, p.Total));
        Assert.Equal(Enumerable.Reverse(started), pages.SelectMany(p => p.Items).Select(i => i.Id));
        Assert.Equal([0, 1, 2], pages.Select(p => p.Page));
    });

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public Task QueryInstances_TakeOutOfRange_IsClamped(string provider) => WithEngineAsync(provider, async host =>
    {
        await host.DeployAsync("user-task-approval");
        await host.StartAsync("approval");
        await host.StartAsync("approval");

        var none = await host.Engine(e => e.QueryInstancesAsync(new WorkflowInstanceQuery { Take = 0, Skip = -3 }));
        var huge = await host.Engine(e => e.QueryInstancesAsync(new WorkflowInstanceQuery { Take = 100_000 }));

        Assert.Single(none.Items);
        Assert.Equal(WorkflowInstanceQuery.MaxTake, huge.PageSize);
        Assert.Equal(2, huge.Items.Count);
    });
}
