using System.Diagnostics;

namespace Kyzmat.Workflows.Bench;

/// <summary>Runs <c>count</c> operations over <c>workers</c> parallel loops, stopping early at the deadline; reports done/s.</summary>
public static class Phase
{
    public static async Task<PhaseResult> RunAsync(string name, int count, int workers, Func<int, int, Task> operation, TimeSpan limit, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limit);
        var next = -1;
        var done = 0;
        var watch = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            int i;
            while (!deadline.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    await operation(worker, i).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }

                Interlocked.Increment(ref done);
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(loops).ConfigureAwait(false);
        watch.Stop();
        return new PhaseResult(name, done, watch.Elapsed);
    }
}
