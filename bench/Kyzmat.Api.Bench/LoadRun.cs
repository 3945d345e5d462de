using System.Diagnostics;
using Kyzmat.Testing.Measurement;

namespace Kyzmat.Api.Bench;

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers send requests back to back for a fixed time. Beside the rate it keeps
/// the CPU time the phase took in this process (host and load) and in PostgreSQL: per request, these move far less
/// than the rate when other work shares the machine.
/// </summary>
internal sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms, CpuSample Cpu)
{
    /// <summary>The local PostgreSQL server's port, whose CPU time each run also measures.</summary>
    public static int? PostgresPort { get; set; }

    public double PerSecond => Requests / Seconds;

    public double ProcessCpuMsPerRequest => Cpu.Process.TotalMilliseconds / Math.Max(1, Requests);

    public double PostgresCpuMsPerRequest => (Cpu.Postgres ?? TimeSpan.Zero).TotalMilliseconds / Math.Max(1, Requests);

    public static Task<LoadResult> RunAsync(string name, HttpClient client, Func<HttpRequestMessage> request, int concurrency, TimeSpan duration) =>
        RunAsync(name, async () =>
        {
            using var message = request();
            using var response = await client.SendAsync(message);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        }, concurrency, duration);

    /// <summary>Runs <paramref name="operation"/> (true when it succeeded) back to back on each worker.</summary>
    public static async Task<LoadResult> RunAsync(string name, Func<Task<bool>> operation, int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var cpu = CpuSample.Take(PostgresPort);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await operation())
                {
                    Interlocked.Increment(ref failures);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;
        var used = CpuSample.Take(PostgresPort).Since(cpu);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99), used);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
