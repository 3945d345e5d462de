using System.Diagnostics;

namespace Kyzmat.Api.Bench;

/// <summary>Closed-loop load: <c>concurrency</c> workers send requests back to back for a fixed time.</summary>
internal sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms)
{
    public double PerSecond => Requests / Seconds;

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
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
