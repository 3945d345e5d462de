using Kyzmat.Testing.Measurement;
using System.Diagnostics;
using Kyzmat.Recruitment.Persistence;
using Npgsql;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// What one round trip costs on this machine, apart from any work: an HTTP request the host answers without doing
/// anything (<c>/health/live</c>), and a prepared <c>SELECT 1</c> on the host's PostgreSQL with the host's connection
/// settings, each sent back to back by <c>concurrency</c> workers for a fixed time. Multiplied by the path's counts,
/// the floor of CPU its shape costs before any of its work (JOURNAL.md beside this file, "Fourth round").
/// </summary>
internal static class RoundTripFloor
{
    public static Task<CpuSample> HttpAsync(HttpClient http, int concurrency, TimeSpan duration, int? postgresPort) =>
        MeasureAsync(concurrency, duration, postgresPort, async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
            response.EnsureSuccessStatusCode();
        });

    public static async Task<CpuSample> PostgresAsync(string connectionString, int concurrency, TimeSpan duration, int postgresPort)
    {
        await using var source = NpgsqlDataSource.Create(PostgreSqlConnectionDefaults.Apply(connectionString));
        return await MeasureAsync(concurrency, duration, postgresPort, async () =>
        {
            await using var command = source.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync();
        });
    }

    /// <summary>"310 µs here + 40 µs PostgreSQL".</summary>
    public static string Describe(CpuSample perRoundTrip) => FormattableString.Invariant(
        $"{perRoundTrip.Process.TotalMicroseconds:F0} µs here + {(perRoundTrip.Postgres ?? TimeSpan.Zero).TotalMicroseconds:F0} µs PostgreSQL");

    /// <summary>CPU per round trip (this process and PostgreSQL), after a warm-up of a tenth of the time.</summary>
    private static async Task<CpuSample> MeasureAsync(int concurrency, TimeSpan duration, int? postgresPort, Func<Task> roundTrip)
    {
        await RunAsync(concurrency, duration / 10, roundTrip);
        var before = CpuSample.Take(postgresPort);
        var count = await RunAsync(concurrency, duration, roundTrip);
        var used = CpuSample.Take(postgresPort).Since(before);
        return new CpuSample(used.Process / count, used.Postgres / count, used.AllocatedBytes / count, 0);
    }

    private static async Task<int> RunAsync(int concurrency, TimeSpan duration, Func<Task> roundTrip)
    {
        var count = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                await roundTrip();
                Interlocked.Increment(ref count);
            }
        }));
        return Math.Max(1, count);
    }
}
