using System.Text.Json.Nodes;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Bench;

/// <summary>The multi-instance and call-activity processes through the engine's public API, on the provider of <see cref="EngineWorkload"/>.</summary>
public static class EngineScenarios
{
    /// <summary>Starts instances of a parallel multi-instance user task over five members, then completes each instance's five inner tasks at once.</summary>
    public static async Task MultiInstanceAsync(ServiceProvider provider, Workload size, ConflictCounter conflicts, List<PhaseResult> results, CancellationToken ct)
    {
        var members = new JsonArray(Enumerable.Range(0, Workload.Members).Select(k => (JsonNode?)Workload.Member(k)).ToArray());
        results.Add(await Phase.RunAsync(PhaseNames.MultiStart, size.MultiInstances, size.Workers, async (_, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>()
                .StartByKeyAsync("bench-multi-instance", $"engine-mi-{i}", new JsonObject { ["members"] = members.DeepClone() }, ct).ConfigureAwait(false);
        }, size.PhaseLimit, ct).ConfigureAwait(false));

        var instances = (await EngineWorkload.OpenTasksAsync(provider, "Score", ct).ConfigureAwait(false))
            .GroupBy(t => t.InstanceId).Select(g => g.Select(t => t.Id).ToArray()).ToList();
        var before = conflicts.Count;
        var completed = await Phase.RunAsync(PhaseNames.MultiComplete, instances.Count, size.Workers, (_, i) =>
            Task.WhenAll(instances[i].Select((task, k) => Task.Run(async () =>
            {
                // Each on its own thread, as five people would: SQLite's driver is synchronous, a plain await would take turns.
                await using var scope = provider.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IUserTaskService>()
                    .CompleteAsync(task, Workload.Member(k), new JsonObject { ["score"] = k + 1 }, ct).ConfigureAwait(false);
            }, CancellationToken.None))), size.ContendedLimit, ct).ConfigureAwait(false);
        results.Add(completed with { Done = completed.Done * Workload.Members, Retries = conflicts.Count - before });
    }

    /// <summary>Starts parents whose call activity starts a child with one user task, then completes the child's task (ending child and parent).</summary>
    public static async Task CallActivityAsync(ServiceProvider provider, Workload size, List<PhaseResult> results, CancellationToken ct)
    {
        results.Add(await Phase.RunAsync(PhaseNames.CallStart, size.Instances, size.Workers, async (_, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>()
                .StartByKeyAsync("bench-call-parent", $"engine-call-{i}", new JsonObject { ["case"] = i }, ct).ConfigureAwait(false);
        }, size.PhaseLimit, ct).ConfigureAwait(false));

        var tasks = await EngineWorkload.OpenTasksAsync(provider, "Review", ct).ConfigureAwait(false);
        results.Add(await Phase.RunAsync(PhaseNames.CallComplete, tasks.Count, size.Workers, async (_, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IUserTaskService>()
                .CompleteAsync(tasks[i].Id, "bench", new JsonObject { ["decision"] = "admit" }, ct).ConfigureAwait(false);
        }, size.PhaseLimit, ct).ConfigureAwait(false));
    }
}
