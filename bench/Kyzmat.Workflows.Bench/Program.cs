using System.Globalization;
using Kyzmat.Testing.Databases;
using Kyzmat.Workflows.Bench;
using Microsoft.EntityFrameworkCore;

// Three processes on SQLite and PostgreSQL, through the engine and through hand-written SQL doing the same state changes,
// in the same run: six steps (start → user task → service task → gateway → user task → end), a parallel multi-instance
// user task over five members completed at once, and a call activity whose child has one user task.
// Stops by itself: each phase has a time limit and the whole run a deadline, after which it prints what it measured
// (usage: [instances=1500] [rounds=3] [--providers Sqlite,PostgreSql]).
var providersAt = Array.IndexOf(args, "--providers");
var providers = providersAt >= 0 && providersAt + 1 < args.Length ? args[providersAt + 1].Split(',') : ["Sqlite", "PostgreSql"];
var positional = providersAt >= 0 ? args.Where((_, i) => i != providersAt && i != providersAt + 1).ToArray() : args;
var instances = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 1500;
var rounds = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 3;
var deadline = TimeSpan.FromMinutes(7);
using var total = new CancellationTokenSource(deadline);
var phaseLimit = TimeSpan.FromSeconds(20);
var report = new List<string>();
CommandCounter.Start();
// Both sides connect to PostgreSQL as Kyzmat's host does (Recruitment's PostgreSqlConnectionDefaults): statements run
// again and again are prepared on the server, and a pooled connection is not reset when it is returned.
const string HostConnectionSettings = ";Max Auto Prepare=256;Auto Prepare Min Usages=2;No Reset On Close=true";
Console.WriteLine($"PostgreSQL connections as the host's: {HostConnectionSettings.TrimStart(';')}");

foreach (var provider in providers)
{
    string connectionString;
    IAsyncDisposable? cleanup = null;
    SqliteTestDatabase? sqliteFile = null;
    Phase.PostgresPort = null;
    if (provider == "Sqlite")
    {
        sqliteFile = new SqliteTestDatabase();
        connectionString = sqliteFile.ConnectionString + ";Default Timeout=60";
    }
    else
    {
        var (admin, reason) = await PostgresServer.TryGetAsync();
        if (admin is null)
        {
            report.Add($"PostgreSql: skipped ({reason})");
            continue;
        }

        var database = await PostgresServer.CreateDatabaseAsync();
        cleanup = database;
        connectionString = database.ConnectionString;
        Phase.PostgresPort = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Port;
    }

    void Configure(DbContextOptionsBuilder b)
    {
        if (provider == "Sqlite")
        {
            b.UseSqlite(connectionString);
        }
        else
        {
            b.UseNpgsql(connectionString + HostConnectionSettings);
        }
    }

    BenchContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<BenchContext>();
        Configure(builder);
        return new BenchContext(builder.Options);
    }

    var workers = provider == "Sqlite" ? 1 : 4;
    var engine = new BestRounds();
    var baseline = new BestRounds();
    string? cutShort = null;
    var round = 0;
    try
    {
        await using (var setup = NewContext())
        {
            await setup.Database.EnsureCreatedAsync(total.Token);
            if (provider == "Sqlite")
            {
                await setup.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", total.Token);
            }
        }

        Console.WriteLine($"{provider}: {instances} instances, {workers} worker(s)…");
        // Warm-up (JIT, EF model and query caches, connection pools) on both sides; not reported.
        var warmUp = new Workload(30, workers, phaseLimit);
        await EngineWorkload.RunAsync(Configure, warmUp, [], total.Token);
        await SqlBaseline.RunAsync(NewContext, provider == "Sqlite", warmUp, [], total.Token);

        // The machine is shared: engine and baseline alternate over several rounds and each keeps its best round per phase.
        var size = new Workload(instances, workers, phaseLimit);
        for (round = 1; round <= rounds; round++)
        {
            await RunRoundAsync(engine, results => EngineWorkload.RunAsync(Configure, size, results, total.Token));
            await RunRoundAsync(baseline, results => SqlBaseline.RunAsync(NewContext, provider == "Sqlite", size, results, total.Token));
        }
    }
    catch (Exception) when (total.IsCancellationRequested)
    {
        // The deadline passed mid-phase; a provider may report it as its own error rather than a cancellation.
        cutShort = round == 0
            ? "the deadline passed during the set-up or warm-up; nothing measured"
            : $"the {deadline.TotalMinutes:F0}-minute deadline passed in round {round}: "
                + $"engine {Describe(engine, round)}; baseline {Describe(baseline, round)}";
    }
    finally
    {
        sqliteFile?.Dispose();
        if (cleanup is not null)
        {
            await cleanup.DisposeAsync();
        }
    }

    report.Add(Report.Format(provider, workers, rounds, engine, baseline, cutShort));
}

Console.WriteLine();
foreach (var block in report)
{
    Console.WriteLine(block);
}

// A round's results are kept even when the deadline interrupts it: each phase adds its result as it ends.
static async Task RunRoundAsync(BestRounds side, Func<List<PhaseResult>, Task> run)
{
    var results = new List<PhaseResult>();
    try
    {
        await run(results);
    }
    finally
    {
        side.Keep(results);
    }
}

static string Describe(BestRounds side, int round) =>
    side.Rounds >= round ? "finished its round"
    : side.Unfinished.Count == 0 || side.Unfinished.All(p => p.EndsWith("(not run)", StringComparison.Ordinal)) ? "did not start its round"
    : string.Join(", ", side.Unfinished);
