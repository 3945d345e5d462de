using System.Globalization;
using Kyzmat.Testing.Databases;
using Kyzmat.Workflows.Bench;
using Microsoft.EntityFrameworkCore;

// Six-step process (start → user task → service task → gateway → user task → end) on SQLite and PostgreSQL,
// through the engine and through hand-written SQL doing the same state changes, in the same run.
// Stops by itself: each phase has a time limit and the whole run a deadline (usage: [instances=1500] [rounds=3]).
var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1500;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
using var total = new CancellationTokenSource(TimeSpan.FromMinutes(4));
var phaseLimit = TimeSpan.FromSeconds(20);
var report = new List<string>();

foreach (var provider in new[] { "Sqlite", "PostgreSql" })
{
    string connectionString;
    IAsyncDisposable? cleanup = null;
    SqliteTestDatabase? sqliteFile = null;
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
    }

    void Configure(DbContextOptionsBuilder b)
    {
        if (provider == "Sqlite")
        {
            b.UseSqlite(connectionString);
        }
        else
        {
            b.UseNpgsql(connectionString);
        }
    }

    BenchContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<BenchContext>();
        Configure(builder);
        return new BenchContext(builder.Options);
    }

    await using (var setup = NewContext())
    {
        await setup.Database.EnsureCreatedAsync(total.Token);
        if (provider == "Sqlite")
        {
            await setup.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", total.Token);
        }
    }

    var workers = provider == "Sqlite" ? 1 : 4;
    Console.WriteLine($"{provider}: {instances} instances, {workers} worker(s)…");
    // Warm-up (JIT, EF model and query caches, connection pools) on both sides; not reported.
    await EngineWorkload.RunAsync(Configure, 30, workers, phaseLimit, total.Token);
    await SqlBaseline.RunAsync(NewContext, provider == "Sqlite", 30, workers, phaseLimit, total.Token);

    // The machine is shared: engine and baseline alternate over several rounds and each keeps its best round per phase.
    IReadOnlyList<PhaseResult>? engine = null;
    IReadOnlyList<PhaseResult>? baseline = null;
    for (var round = 0; round < rounds && !total.IsCancellationRequested; round++)
    {
        engine = Best(engine, await EngineWorkload.RunAsync(Configure, instances, workers, phaseLimit, total.Token));
        baseline = Best(baseline, await SqlBaseline.RunAsync(NewContext, provider == "Sqlite", instances, workers, phaseLimit, total.Token));
    }

    report.Add(Report.Format(provider, workers, rounds, engine!, baseline!));
    sqliteFile?.Dispose();
    if (cleanup is not null)
    {
        await cleanup.DisposeAsync();
    }
}

Console.WriteLine();
foreach (var block in report)
{
    Console.WriteLine(block);
}

static IReadOnlyList<PhaseResult> Best(IReadOnlyList<PhaseResult>? best, IReadOnlyList<PhaseResult> round) =>
    best is null ? round : best.Zip(round, (a, b) => a.PerSecond >= b.PerSecond ? a : b).ToList();
