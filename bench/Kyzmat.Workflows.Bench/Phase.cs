using System.Diagnostics;
using Kyzmat.Testing.Measurement;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// Runs <c>count</c> operations over <c>workers</c> parallel loops, stopping early at the phase's time limit; reports done/s
/// and the CPU time they took, in this process and in the local PostgreSQL server.
/// When the run's deadline (<c>ct</c>) passes, the operations under way are abandoned and the result says it was cut
/// short; a phase that would start after the deadline throws <see cref="OperationCanceledException"/> instead.
/// </summary>
public static class Phase
{
    /// <summary>The port of the local PostgreSQL server whose CPU time each phase also measures; null on SQLite.</summary>
    public static int? PostgresPort { get; set; }

    public static async Task<PhaseResult> RunAsync(string name, int count, int workers, Func<int, int, Task> operation, TimeSpan limit, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limit);
        var next = -1;
        var done = 0;
        var cpu = CpuSample.Take(PostgresPort);
        var commands = CommandCounter.Count;
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
        return new PhaseResult(name, done, watch.Elapsed, CutShort: ct.IsCancellationRequested && done < count) { Cpu = CpuSample.Take(PostgresPort).Since(cpu), Commands = CommandCounter.Count - commands };
    }
}
