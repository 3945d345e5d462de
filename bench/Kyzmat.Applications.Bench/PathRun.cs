using System.Diagnostics;

namespace Kyzmat.Applications.Bench;

/// <summary>All citizens through the path, <c>concurrency</c> at a time; the wall clock runs from the first start to the last filing.</summary>
internal sealed record PathRun(int Filed, int Failed, double Seconds, string? FirstError)
{
    public double FiledPerSecond => Filed / Seconds;

    public static async Task<PathRun> RunAsync(CitizenPath path, IReadOnlyList<BenchCitizen> citizens, int concurrency, StepTimings timings)
    {
        var filed = 0;
        var failed = 0;
        string? firstError = null;
        long lastFiled = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(citizens, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (citizen, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await path.RunAsync(citizen);
                timings.Add("path", Stopwatch.GetElapsedTime(started));
                Interlocked.Increment(ref filed);
                var at = watch.ElapsedTicks;
                long seen;
                while ((seen = Interlocked.Read(ref lastFiled)) < at && Interlocked.CompareExchange(ref lastFiled, at, seen) != seen)
                {
                }
            }
            catch (Exception ex) when (ex is GraphQLErrorException or HttpRequestException or InvalidOperationException or TimeoutException)
            {
                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstError, $"citizen {citizen.Number}: {ex.Message}", null);
            }
        });
        var seconds = filed == 0 ? watch.Elapsed.TotalSeconds : (double)lastFiled / Stopwatch.Frequency;
        return new PathRun(filed, failed, seconds, firstError);
    }
}
