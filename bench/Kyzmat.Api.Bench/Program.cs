// The vacancy search through /graphql against exactly the SQL commands it sends, replayed with Npgsql in the same run
// (the baseline), on PostgreSQL with 10,000 and 100,000 vacancies in three languages: a filter page, a two-word text
// query, a facet query and as-you-type suggestions (issue 24).
// Usage: dotnet run -c Release --project bench/Kyzmat.Api.Bench [-- --seconds 8 --concurrency 8 --sizes 10000,100000 --explain --keep]
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kyzmat.Api.Bench;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

var seconds = Option("--seconds", 8);
var concurrency = Option("--concurrency", 8);
var explain = args.Contains("--explain");
var keep = args.Contains("--keep");
var sizes = (OptionText("--sizes") ?? "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
const string Page = """
    query Search($filter: VacancyFilterInput) {
      vacancies(first: 20, filter: $filter) {
        totalCount totalCountIsExact
        pageInfo { hasNextPage endCursor }
        edges { snippet { text matched } node { code title { text } group salaryMin salaryMax deadline stateBody { code shortName { text } } offices { code region { code name { text } } } } }
      }
    }
    """;
const string Facets = """
    query Facets($filter: VacancyFilterInput) {
      vacancies(first: 0, filter: $filter) {
        totalCount
        facets { stateBodies { value count label { text } } regions { value count label { text } } groups { value count } salaryBands { value count } deadlineWindows { value count } }
      }
    }
    """;
const string Suggestions = """
    query Suggest($filter: String!) { vacancySuggestions(text: $filter, first: 8) { text stateBodyId } }
    """;
var scenarios = new (string Name, string Query, object Filter)[]
{
    ("filter", Page, new { groups = new[] { "SENIOR" }, salaryFrom = 40000 }),
    ("text", Page, new { text = "салык инспектору" }),
    ("facets", Facets, new { text = "адиси" }),
    ("suggest", Suggestions, "салык инсп"),
};

var capture = CommandCapture.Start();
Console.WriteLine($"Kyzmat vacancy search benchmark on PostgreSQL: {concurrency} connections, {seconds} s per phase, better of 2 rounds");
Console.WriteLine($"load average at start: {LoadAverage()}");
Console.WriteLine("CPU ms/req: this process (host, or Npgsql for the sql side; the load generator included) and PostgreSQL, per request");
Console.WriteLine($"{"vacancies",9} {"scenario",-8} {"side",-9} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"failed",7} {"SQL/req",7} {"cpu here",8} {"cpu pg",8}");
var database = await PostgresServer.CreateDatabaseAsync();
LoadResult.PostgresPort = new NpgsqlConnectionStringBuilder(database.ConnectionString).Port;
try
{
    await using var host = new KyzmatHostFactory(DatabaseProvider.PostgreSql, database.ConnectionString, environment: "Production");
    host.Settings["Kyzmat:Seed:DemoData"] = "true";
    host.Settings["Serilog:MinimumLevel:Default"] = "Warning";
    var port = TestEnvironment.FreeTcpPort();
    host.UseKestrel(port);
    host.StartServer();
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    // As the host connects (automatic preparation): the same SQL under the same plan caching.
    await using var dataSource = NpgsqlDataSource.Create(PostgreSqlConnectionDefaults.Apply(database.ConnectionString));

    foreach (var size in sizes)
    {
        var seeding = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await VacancySeeder.FillToAsync(scope.ServiceProvider.GetRequiredService<KyzmatDbContext>(), size);
        }

        // As autovacuum leaves a table after a bulk load: statistics, and the visibility map index-only scans rely on.
        // A VACUUM while another transaction is open (the host's background jobs) cannot mark the newest pages; try again.
        var allVisible = 0d;
        for (var attempt = 0; attempt < 5 && allVisible < 0.9; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(attempt));
            await using (var vacuum = dataSource.CreateCommand("VACUUM ANALYZE"))
            {
                await vacuum.ExecuteNonQueryAsync();
            }

            await using var visible = dataSource.CreateCommand("SELECT relallvisible::float8 / greatest(relpages, 1) FROM pg_class WHERE relname = 'vacancies'");
            allVisible = (double)(await visible.ExecuteScalarAsync())!;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,9} seeded in {seeding.Elapsed.TotalSeconds:F0} s; {allVisible:P0} of the pages all-visible; load average {LoadAverage()}"));

        foreach (var (name, query, filter) in scenarios)
        {
            var body = JsonSerializer.Serialize(new { query, variables = new { filter } });
            HttpRequestMessage GraphQL() => new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            await LoadResult.RunAsync("warm-up", client, GraphQL, concurrency, TimeSpan.FromSeconds(2));
            var commands = await capture.RecordAsync(async () => (await client.SendAsync(GraphQL())).EnsureSuccessStatusCode());
            if (explain)
            {
                await ExplainAsync(dataSource, name, commands);
            }

            Task<bool> Baseline() => CommandCapture.ReplayAsync(dataSource, commands).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
            await LoadResult.RunAsync("warm-up", Baseline, concurrency, TimeSpan.FromSeconds(2));

            var rounds = new List<LoadResult>();
            for (var round = 0; round < 2; round++)
            {
                rounds.Add(await LoadResult.RunAsync("sql", Baseline, concurrency, TimeSpan.FromSeconds(seconds)));
                rounds.Add(await LoadResult.RunAsync("graphql", client, GraphQL, concurrency, TimeSpan.FromSeconds(seconds)));
            }

            var sql = rounds.Where(r => r.Name == "sql").MaxBy(r => r.PerSecond)!;
            var graphql = rounds.Where(r => r.Name == "graphql").MaxBy(r => r.PerSecond)!;
            foreach (var result in new[] { sql, graphql })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{size,9} {name,-8} {result.Name,-9} {result.PerSecond,8:F0} {result.P50Ms,8:F2} {result.P99Ms,8:F2} {result.Failures,7} {commands.Count,7} {result.ProcessCpuMsPerRequest,8:F2} {result.PostgresCpuMsPerRequest,8:F2}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9} {name,-8} graphql/sql {graphql.PerSecond / sql.PerSecond:F2} (target ≥ 0.70); CPU per request graphql/sql {Total(graphql) / Total(sql):F2}; load average {LoadAverage()}"));
        }
    }
}
finally
{
    if (keep)
    {
        Console.WriteLine($"--keep: the database stays: {database.ConnectionString}");
    }
    else
    {
        await database.DisposeAsync();
    }
}

// --explain: each command's plan with its execution time, to see where a request's time goes.
static async Task ExplainAsync(NpgsqlDataSource dataSource, string scenario, IReadOnlyList<NpgsqlCommand> commands)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    foreach (var recorded in commands)
    {
        await using var command = recorded.Clone();
        command.Connection = connection;
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new StringBuilder();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(0));
        }

        Console.WriteLine($"--- {scenario}: {recorded.CommandText}\n{plan}");
    }
}

static double Total(LoadResult result) => result.ProcessCpuMsPerRequest + result.PostgresCpuMsPerRequest;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

int Option(string name, int fallback) => int.TryParse(OptionText(name), out var value) ? value : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
