using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Bench;

/// <summary>The six-step process run through the engine's public API.</summary>
public static class EngineWorkload
{
    public static async Task<IReadOnlyList<PhaseResult>> RunAsync(Action<DbContextOptionsBuilder> configure, int instances, int workers, TimeSpan limit, CancellationToken ct)
    {
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
            var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "six-step.bpmn"), ct).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().DeployAsync(xml, "six-step.bpmn", ct).ConfigureAwait(false);
        }

        var results = new List<PhaseResult>
        {
            await Phase.RunAsync("start instance", instances, workers, async (_, i) =>
            {
                await using var scope = provider.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().StartByKeyAsync("six-step", $"engine-{i}", null, ct).ConfigureAwait(false);
            }, limit, ct).ConfigureAwait(false),
        };
        results.Add(await CompleteAllAsync(provider, "complete user task 1", "Task_First", workers, limit, ct).ConfigureAwait(false));
        var runner = provider.GetRequiredService<IWorkflowJobRunner>();
        var ran = 0;
        var jobs = await Phase.RunAsync("run service job", 1, 1, async (_, _) =>
        {
            int batch;
            while ((batch = await runner.RunDueJobsAsync(ct).ConfigureAwait(false)) > 0)
            {
                ran += batch;
            }
        }, limit, ct).ConfigureAwait(false);
        results.Add(jobs with { Done = ran });
        results.Add(await CompleteAllAsync(provider, "complete user task 2", "Task_Second", workers, limit, ct).ConfigureAwait(false));
        return results;
    }

    private static async Task<PhaseResult> CompleteAllAsync(ServiceProvider provider, string name, string elementId, int workers, TimeSpan limit, CancellationToken ct)
    {
        List<Guid> ids;
        await using (var scope = provider.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<BenchContext>().Set<WorkflowUserTaskRecord>()
                .Where(t => t.ElementId == elementId && t.State == UserTaskStates.Created).Select(t => t.Id).ToListAsync(ct).ConfigureAwait(false);
        }

        return await Phase.RunAsync(name, ids.Count, workers, async (_, i) =>
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IUserTaskService>().CompleteAsync(ids[i], "bench", null, ct).ConfigureAwait(false);
        }, limit, ct).ConfigureAwait(false);
    }
}
