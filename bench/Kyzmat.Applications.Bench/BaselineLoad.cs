using System.Diagnostics;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// The baseline of the same run: the cheapest authenticated GraphQL round trip, <c>{ me { id } }</c> (answered from the
/// token's claims; the token itself is validated against the database), sent back to back by <c>concurrency</c> workers
/// for a fixed time with the citizens' tokens in turn.
/// </summary>
internal static class BaselineLoad
{
    public static async Task<(StepFigures Figures, double PerSecond, int Failures)> RunAsync(
        GraphQLCaller graphql, IReadOnlyList<BenchCitizen> citizens, int concurrency, TimeSpan duration)
    {
        var timings = new StepTimings();
        var failures = 0;
        var requests = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var i = worker; watch.Elapsed < duration; i += concurrency)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await graphql.QueryAsync(citizens[i % citizens.Count].AccessToken, "{ me { id } }");
                }
                catch (Exception ex) when (ex is GraphQLErrorException or HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }

                timings.Add("baseline", Stopwatch.GetElapsedTime(started));
                Interlocked.Increment(ref requests);
            }
        });
        await Task.WhenAll(workers);
        return (timings.Of("baseline"), requests / watch.Elapsed.TotalSeconds, failures);
    }
}
