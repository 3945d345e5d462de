using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// The bench's processes run through the engine's public API: the six-step process, then the multi-instance and the
/// call-activity ones (<see cref="EngineScenarios"/>). Each phase's result is added to <c>results</c> as it ends, so that
/// what was measured survives the run's deadline.
/// </summary>
public static class EngineWorkload
{
    public static readonly string[] Diagrams = ["six-step.bpmn", "multi-instance.bpmn", "review-child.bpmn", "call-parent.bpmn"];

    public static async Task RunAsync(Action<DbContextOptionsBuilder> configure, Workload size, List<PhaseResult> results, CancellationToken ct)
    {
        using var conflicts = new ConflictCounter();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContextPool<BenchContext>(configure);
        services.AddKyzmatWorkflows<BenchContext>(o =>
        {
            o.EnablePolling = false;
            o.BatchSize = 200;
        });
        services.AddServiceTaskHandler<RecordHandler>();
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            foreach (var diagram in Diagrams)
            {
                var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, diagram), ct).ConfigureAwait(false);
                await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(xml, diagram, ct).ConfigureAwait(false);
            }
        }

        var (workers, limit) = (size.Workers, size.PhaseLimit);
        results.Add(await Phase.RunAsync(PhaseNames.Start, size.Instances, workers, async (_, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().StartByKeyAsync("six-step", $"engine-{i}", null, ct).ConfigureAwait(false);
        }, limit, ct).ConfigureAwait(false));
        results.Add(await CompleteAllAsync(provider, PhaseNames.CompleteFirst, "Task_First", workers, limit, ct).ConfigureAwait(false));
        var runner = provider.GetRequiredService<IWorkflowJobRunner>();
        var ran = 0;
        var jobs = await Phase.RunAsync(PhaseNames.RunJob, 1, 1, async (_, _) =>
        {
            int batch;
            while ((batch = await runner.RunDueJobsAsync(ct).ConfigureAwait(false)) > 0)
            {
                ran += batch;
            }
        }, limit, ct).ConfigureAwait(false);
        results.Add(jobs with { Done = ran });
        results.Add(await CompleteAllAsync(provider, PhaseNames.CompleteSecond, "Task_Second", workers, limit, ct).ConfigureAwait(false));
        await EngineScenarios.MultiInstanceAsync(provider, size, conflicts, results, ct).ConfigureAwait(false);
        await EngineScenarios.CallActivityAsync(provider, size, results, ct).ConfigureAwait(false);
    }

    private static async Task<PhaseResult> CompleteAllAsync(ServiceProvider provider, string name, string elementId, int workers, TimeSpan limit, CancellationToken ct)
    {
        var ids = await OpenTasksAsync(provider, elementId, ct).ConfigureAwait(false);
        return await Phase.RunAsync(name, ids.Count, workers, async (_, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IUserTaskService>().CompleteAsync(ids[i].Id, "bench", null, ct).ConfigureAwait(false);
        }, limit, ct).ConfigureAwait(false);
    }

    /// <summary>The engine's open tasks at an element (not the baseline's, in the same tables), with their instance, in the order they were created.</summary>
    public static async Task<List<(Guid Id, Guid InstanceId)>> OpenTasksAsync(ServiceProvider provider, string elementId, CancellationToken ct)
    {
        await using var scope = provider.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<BenchContext>().Set<WorkflowUserTaskRecord>()
            .Where(t => t.ElementId == elementId && t.State == UserTaskStates.Created && t.BusinessKey!.StartsWith("engine-")).OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.InstanceId }).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(t => (t.Id, t.InstanceId)).ToList();
    }
}
