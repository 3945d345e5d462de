using System.Diagnostics;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// Runs <c>count</c> operations over <c>workers</c> parallel loops, stopping early at the phase's time limit; reports done/s.
/// When the run's deadline (<c>ct</c>) passes, the operations under way are abandoned and the result says it was cut
/// short; a phase that would start after the deadline throws <see cref="OperationCanceledException"/> instead.
/// </summary>
public static class Phase
{
    public static async Task<PhaseResult> RunAsync(string name, int count, int workers, Func<int, int, Task> operation, TimeSpan limit, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
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
                catch (Exception) when (ct.IsCancellationRequested)
                {
                    // The deadline passed: a provider may report it as its own error (SQLite's "interrupted"), not as a cancellation.
                    return;
                }

                Interlocked.Increment(ref done);
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(loops).ConfigureAwait(false);
        watch.Stop();
        return new PhaseResult(name, done, watch.Elapsed, CutShort: ct.IsCancellationRequested && done < count);
    }
}
