using Kyzmat.Testing.Measurement;
// The full citizen path — start → office → document → sign → code → filed — for N citizens, C at a time, against the
// real host on PostgreSQL (a throw-away cluster), with the cheapest authenticated GraphQL round trip as the baseline of
// the same run. Target on this machine: ≥ 50 filed applications/s.
// Usage: dotnet run -c Release --project bench/Kyzmat.Applications.Bench [-- --citizens 200 --concurrency 16 --warmup 200 --warmup-rounds 8 --baseline-seconds 5 --providers PostgreSql,Sqlite --sql-report --pg-statements]
// The fault harness (FaultRun): [-- --kill-hosts --citizens 300 --concurrency 16 --kills 2]
using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Kyzmat.Applications.Bench;
using Kyzmat.Recruitment.Documents;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Mail;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

const double Target = 50;
var citizenCount = Option("--citizens", 200);
var concurrency = Option("--concurrency", 16);
// The warm-up citizens take the path in rounds, each on a new vacancy, until the runtime's tiered JIT has settled (WarmUp):
// with one round of 400 the measured run still paid for recompilation (JOURNAL.md beside this file, "Sixth round").
var warmup = Option("--warmup", 200);
var warmupRounds = Option("--warmup-rounds", 8);
var baselineSeconds = Option("--baseline-seconds", 5);
var sqlReport = args.Contains("--sql-report");
var pgStatements = args.Contains("--pg-statements");
if (pgStatements)
{
    if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresServer.ConnectionVariable)))
    {
        Console.Error.WriteLine($"--pg-statements needs the bench's own PostgreSQL cluster (with pg_stat_statements preloaded); unset {PostgresServer.ConnectionVariable}.");
        Environment.ExitCode = 2;
        return;
    }

    var options = Environment.GetEnvironmentVariable(PostgresServer.OptionsVariable);
    Environment.SetEnvironmentVariable(PostgresServer.OptionsVariable, $"{options} {PostgresStatements.ServerOptions}".Trim());
}
var providers = (OptionText("--providers") ?? "PostgreSql").Split(',').Select(Enum.Parse<DatabaseProvider>).ToList();
if (args.Contains("--kill-hosts"))
{
    // Enough citizens that the second kill still lands mid-load after the first host's restart (10–15 s, in which the
    // other host files ~50 applications a second).
    Environment.ExitCode = await FaultRun.RunAsync(Option("--citizens", 2000), concurrency, Option("--kills", 2)) == 0 ? 0 : 1;
    return;
}

Console.WriteLine($"Kyzmat applications benchmark: {citizenCount} citizens (after {warmup} warm-up), {concurrency} at once, "
    + "each start → office → document → sign → code (e-mailed over SMTP) → filed");
foreach (var provider in providers)
{
    PostgresTestDatabase? database = provider == DatabaseProvider.PostgreSql ? await PostgresServer.CreateDatabaseAsync() : null;
    try
    {
        await MeasureAsync(provider, database?.ConnectionString);
    }
    finally
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

async Task MeasureAsync(DatabaseProvider provider, string? connectionString)
{
    await using var smtp = new TestSmtpServer();
    await using var mail = new CodeMailbox(smtp);
    // Staging: production-like, but not Production, which refuses the sandbox identity the citizens sign in with.
    await using var host = new KyzmatHostFactory(provider, connectionString, environment: "Staging");
    host.Settings["Kyzmat:Seed:DemoData"] = "true";
    // Outside Development the sandbox identity is off unless configured (decision 0013).
    host.Settings["Kyzmat:Identity:AllowSandbox"] = "true";
    host.Settings["Serilog:MinimumLevel:Default"] = "Warning";
    host.Settings["Kyzmat:Mail:Transport"] = "Smtp";
    host.Settings["Kyzmat:Mail:Smtp:Host"] = "127.0.0.1";
    host.Settings["Kyzmat:Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
    host.Settings["Kyzmat:Mail:Smtp:Security"] = "None";
    // Every simulated citizen signs in from 127.0.0.1: the per-address limit of sign-in form posts would throttle set-up.
    host.Settings["Kyzmat:Identity:SignInRequestsPerMinute"] = "1000000";
    var port = TestEnvironment.FreeTcpPort();
    host.UseKestrel(port);
    host.StartServer();
    var baseAddress = new Uri($"http://127.0.0.1:{port}");

    var setup = Stopwatch.StartNew();
    List<BenchCitizen> citizens;
    Guid vacancyId;
    await using (var scope = host.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        citizens = await CitizenSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<IDocumentStorage>(), warmup + citizenCount);
        vacancyId = await VacancySeeder.PublishAsync(db);
    }

    await Parallel.ForEachAsync(citizens, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (citizen, _) =>
        citizen.AccessToken = await PortalSignIn.AccessTokenAsync(baseAddress, mail, citizen.Pin, CitizenSeeder.Password, citizen.Email));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{provider}: {citizens.Count} citizens seeded and signed in through the sign-in pages in {setup.Elapsed.TotalSeconds:F1} s"));

    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = baseAddress };
    var graphql = new GraphQLCaller(http);
    var measured = citizens.Skip(warmup).ToList();

    // Warm both up (not counted), then the baseline, then the path.
    await WarmUp.RunAsync(PublishWarmUpVacancyAsync, graphql, mail, citizens.Take(warmup).ToList(), concurrency, warmupRounds, provider.ToString());
    await BaselineLoad.RunAsync(graphql, measured, concurrency, TimeSpan.FromSeconds(2));
    await WarmUp.WaitForQuietJitAsync(provider.ToString());
    int? postgresPort = connectionString is null ? null : new NpgsqlConnectionStringBuilder(connectionString).Port;
    var cpu = CpuSample.Take(postgresPort);
    var (baseline, baselinePerSecond, baselineFailures) = await BaselineLoad.RunAsync(graphql, measured, concurrency, TimeSpan.FromSeconds(baselineSeconds));
    var baselineCpu = CpuSample.Take(postgresPort).Since(cpu);
    await WarmUp.WaitForQuietJitAsync(provider.ToString());

    var timings = new StepTimings();
    var path = new CitizenPath(graphql, mail, vacancyId, timings);
    var jobStorage = host.Services.GetRequiredService<JobStorage>();
    var jobs = JobCounts.Take(jobStorage);
    host.SqlCommands.Reset();
    if (pgStatements && connectionString is not null)
    {
        await PostgresStatements.ResetAsync(connectionString);
    }

    Console.WriteLine($"{provider,-11} measuring the path: {measured.Count} citizens");
    cpu = CpuSample.Take(postgresPort);
    var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
    var run = await PathRun.RunAsync(path, measured, concurrency, timings);
    var pathCpu = CpuSample.Take(postgresPort).Since(cpu);
    var compiledDuringRun = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
    var sqlCommandTexts = host.SqlCommands.Commands;
    var sqlCommands = sqlCommandTexts.Count;
    await Task.Delay(TimeSpan.FromSeconds(1)); // the last mail job's bookkeeping
    var pathJobs = JobCounts.Take(jobStorage).Since(jobs);

    Console.WriteLine($"{"provider",-11} {"step",-9} {"count",6} {"p50 ms",9} {"p99 ms",9} {"p50/rt",8} {"p99/rt",8}");
    foreach (var figures in new[] { baseline }.Concat(CitizenPath.StepNames.Append("path").Select(timings.Of)))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider,-11} {figures.Step,-9} {figures.Count,6} {figures.P50Ms,9:F1} {figures.P99Ms,9:F1} {figures.P50Ms / baseline.P50Ms,8:F1} {figures.P99Ms / baseline.P99Ms,8:F1}"));
    }

    var filed = Math.Max(1, run.Filed);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{provider,-11} baseline {{ me {{ id }} }}: {baselinePerSecond:F0} req/s, {baselineFailures} failed; CPU per round trip: {baselineCpu.PerOne(baseline.Count)}; {baselineCpu.AllocationsPerOne(baseline.Count)}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{provider,-11} filed {run.Filed} of {measured.Count} in {run.Seconds:F2} s: {run.FiledPerSecond:F1} applications/s, ratio to the target {run.FiledPerSecond / Target:F2} (target ≥ {Target:F0}/s); "
        + $"{run.Failed} failed, {path.ConfirmRetries} confirmations retried; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, "
        + $"working set of this process (host and clients) {Environment.WorkingSet / 1048576} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB at most"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{provider,-11} per filed application: {(double)sqlCommands / filed:F0} SQL commands (EF), {(double)pathJobs.Finished / filed:F1} background jobs run "
        + $"and {(double)pathJobs.Scheduled / filed:F1} scheduled; CPU {pathCpu.PerOne(filed)} "
        + $"(= {pathCpu.Total.TotalMilliseconds / baselineCpu.Total.TotalMilliseconds * Math.Max(1, baseline.Count) / filed:F0} round trips' worth; "
        + $"{Environment.ProcessorCount} cores at this cost: ≤ {Environment.ProcessorCount * 1000 / (pathCpu.Total.TotalMilliseconds / filed):F1} applications/s; "
        + $"busy {pathCpu.Total.TotalSeconds / run.Seconds:F2} of {Environment.ProcessorCount} cores); "
        + $"{pathCpu.AllocationsPerOne(filed)}; {(double)compiledDuringRun / filed:F2} methods compiled by the JIT"));
    if (sqlReport)
    {
        SqlReport.Print(provider.ToString(), sqlCommandTexts, filed);
    }

    if (pgStatements && connectionString is not null)
    {
        await PostgresStatements.PrintAsync(provider.ToString(), connectionString, filed);
    }

    if (connectionString is not null && postgresPort is { } pgPort)
    {
        var httpFloor = await RoundTripFloor.HttpAsync(http, concurrency, TimeSpan.FromSeconds(3), postgresPort);
        var sqlFloor = await RoundTripFloor.PostgresAsync(connectionString, concurrency, TimeSpan.FromSeconds(3), pgPort);
        var sqlPerApplication = (double)sqlCommands / filed;
        var requestsPerApplication = CitizenPath.RequestsPerApplication + (double)path.ConfirmRetries / filed;
        var floor = httpFloor.Total.TotalMilliseconds * requestsPerApplication + sqlFloor.Total.TotalMilliseconds * sqlPerApplication;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider,-11} a round trip alone: HTTP (/health/live) {RoundTripFloor.Describe(httpFloor)}; SQL (SELECT 1) {RoundTripFloor.Describe(sqlFloor)}; "
            + $"the path's {requestsPerApplication:F1} requests and {sqlPerApplication:F0} SQL commands alone: {floor:F1} ms of CPU per application "
            + $"(the target allows {Environment.ProcessorCount * 1000 / Target:F0} ms; commits and mail not counted)"));
    }

    if (run.FirstError is not null)
    {
        Console.WriteLine($"{provider,-11} first failure: {run.FirstError}");
    }

    async Task<Guid> PublishWarmUpVacancyAsync(int round)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await VacancySeeder.PublishAsync(scope.ServiceProvider.GetRequiredService<KyzmatDbContext>(), $"KZ-BENCH-WARM-{round}");
    }
}

int Option(string name, int fallback) => int.TryParse(OptionText(name), out var value) ? value : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
