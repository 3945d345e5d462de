// The vacancy search through /graphql against exactly the SQL commands it sends, replayed with Npgsql in the same run
// (the baseline), on PostgreSQL with 10,000 and 100,000 vacancies in three languages: a filter page, a two-word text
// query, a facet query and as-you-type suggestions (issue 24).
// Usage: dotnet run -c Release --project bench/Kyzmat.Api.Bench [-- --seconds 8 --concurrency 8 --sizes 10000,100000 --scenarios filter,text-mix --explain --keep --no-response-cache]
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kyzmat.Api.Bench;
using Kyzmat.GraphQL.Http;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies.Search;
using Kyzmat.Testing;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

var seconds = Option("--seconds", 8);
var concurrency = Option("--concurrency", 8);
var explain = args.Contains("--explain");
var keep = args.Contains("--keep");
var responseCacheOff = args.Contains("--no-response-cache");
var sizes = (OptionText("--sizes") ?? "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
const string Page = """
    query Search($filter: VacancyFilterInput, $sort: VacancySort) {
      vacancies(first: 20, filter: $filter, sort: $sort) {
        totalCount totalCountIsExact
        pageInfo { hasNextPage endCursor }
        edges { snippet { text matched } node { code title { text } group salaryMin salaryMax deadline stateBody { code shortName { text } } offices { code region { code name { text } } } } }
      }
    }
    """;
const string Facets = """
    query Facets($filter: VacancyFilterInput, $sort: VacancySort) {
      vacancies(first: 0, filter: $filter, sort: $sort) {
        totalCount
        facets { stateBodies { value count label { text } } regions { value count label { text } } groups { value count } salaryBands { value count } deadlineWindows { value count } }
      }
    }
    """;
const string Suggestions = """
    query Suggest($filter: String!) { vacancySuggestions(text: $filter, first: 8) { text stateBodyId } }
    """;
// The repeated scenarios send one request again and again: through /graphql the public search cache answers all but
// the first few (decision 0016). The mixes send distinct requests, each once, which miss that cache: the GraphQL/SQL
// ratio is judged on them (their baseline replays the commands of a sample of the same requests).
var groupValues = new[] { "HIGHEST", "MAIN", "SENIOR", "JUNIOR" };
var salaries = new int?[] { null, 20000, 30000, 40000, 50000, 60000 };
var windows = new[] { null, "WITHIN_7_DAYS", "WITHIN_30_DAYS", "LATER" };
var sorts = new[] { "RELEVANCE", "DEADLINE", "SALARY" };
var regions = new[] { null, "bishkek", "chui", "osh-city" };
var texts = VacancySeeder.QueryTexts();
var bands = new[] { null, "BELOW_20000", "FROM_20000_TO_40000", "FROM_40000_TO_60000", "FROM_60000" };
var filterMix = Shuffle(
    from g in groupValues.Select(g => (string[]?)[g]).Append(null) from s in salaries from w in windows from so in sorts from r in regions from b in bands
    select Request(new { groups = g, salaryFrom = s, deadlineWindows = w is null ? null : new[] { w }, regionCodes = r is null ? null : new[] { r }, salaryBands = b is null ? null : new[] { b } }, so));
var textMix = Shuffle(
    from t in texts from g in groupValues.Select(g => (string[]?)[g]).Append(null) from s in new int?[] { null, 30000, 50000 }
    select Request(new { text = t, groups = g, salaryFrom = s }, "RELEVANCE"));
var facetMix = Shuffle(
    from t in texts from g in groupValues.Select(g => (string[]?)[g]).Append(null)
    select Request(new { text = t, groups = g }, "RELEVANCE"));
var scenarios = new (string Name, string Query, IReadOnlyList<object> Variables)[]
{
    ("filter", Page, [Request(new { groups = new[] { "SENIOR" }, salaryFrom = 40000 }, "RELEVANCE")]),
    ("text", Page, [Request(new { text = "салык инспектору" }, "RELEVANCE")]),
    ("facets", Facets, [Request(new { text = "адиси" }, "RELEVANCE")]),
    ("suggest", Suggestions, [new { filter = "салык инсп" }]),
    ("filter-mix", Page, filterMix),
    ("text-mix", Page, textMix),
    ("facet-mix", Facets, facetMix),
};

var only = OptionText("--scenarios")?.Split(',');
if (only is not null)
{
    scenarios = [.. scenarios.Where(s => only.Contains(s.Name))];
}

var capture = CommandCapture.Start();
Console.WriteLine($"Kyzmat vacancy search benchmark on PostgreSQL: {concurrency} connections, {seconds} s per phase, better of 2 rounds");
Console.WriteLine($"load average at start: {LoadAverage()}");
Console.WriteLine("CPU ms/req: this process (host, or Npgsql for the sql side; the load generator included) and PostgreSQL, per request");
Console.WriteLine($"{"vacancies",9} {"scenario",-10} {"side",-9} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"failed",7} {"SQL/req",7} {"cpu here",8} {"cpu pg",8}");
var database = await PostgresServer.CreateDatabaseAsync();
LoadResult.PostgresPort = new NpgsqlConnectionStringBuilder(database.ConnectionString).Port;
try
{
    await using var host = new KyzmatHostFactory(DatabaseProvider.PostgreSql, database.ConnectionString, environment: "Production");
    host.Settings["Kyzmat:Seed:DemoData"] = "true";
    host.Settings["Serilog:MinimumLevel:Default"] = "Warning";
    if (responseCacheOff)
    {
        // The repeated scenarios then measure the search itself (the catalogue, kept texts and cards), not the response cache.
        host.Settings["Kyzmat:Search:CacheSeconds"] = "0";
    }

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

        var responseCache = host.Services.GetRequiredService<PublicSearchCache>();
        var searchCaches = host.Services.GetRequiredService<SearchCaches>();
        foreach (var (name, query, variables) in scenarios)
        {
            var next = -1;
            string Body(int i, string? marker = null) => JsonSerializer.Serialize(new { query = marker is null ? query : query + "\n# " + marker, variables = variables[i % variables.Count] });
            HttpRequestMessage GraphQL() => Post(Body(Interlocked.Increment(ref next)));
            HttpRequestMessage Post(string body) => new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            await LoadResult.RunAsync("warm-up", client, GraphQL, concurrency, TimeSpan.FromSeconds(2));

            // The commands of the database search for this phase's requests — the catalogue of open vacancies turned off
            // for the capture (decision 0017), so that the baseline is the SQL that answers them, not the few rows the
            // host reads beside its catalogue — each request made distinct by a comment, so that the response cache does
            // not answer it (the caches beneath it stay as warm as the phase leaves them).
            var samples = new List<IReadOnlyList<NpgsqlCommand>>();
            searchCaches.CatalogueEnabled = false;
            var sampled = new List<object>();
            for (var i = 0; i < Math.Min(variables.Count, 200); i++)
            {
                var body = Body(next + 1 + i, $"capture {size} {i}");
                sampled.Add(variables[(next + 1 + i) % variables.Count]);
                samples.Add(await capture.RecordAsync(async () => (await client.SendAsync(Post(body))).EnsureSuccessStatusCode()));
            }

            searchCaches.CatalogueEnabled = true;

            if (explain)
            {
                await ExplainAsync(dataSource, name, samples[0]);
                // A mix: each sampled request's statements in one line (execution ms, buffers), the dearest first.
                if (variables.Count > 1)
                {
                    await ExplainMixAsync(dataSource, name, samples.Take(40).ToList(), sampled);
                }
            }

            var replayed = -1;
            Task<bool> Baseline() => CommandCapture.ReplayAsync(dataSource, samples[Interlocked.Increment(ref replayed) % samples.Count])
                .ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
            await LoadResult.RunAsync("warm-up", Baseline, concurrency, TimeSpan.FromSeconds(2));

            var rounds = new List<(LoadResult Result, long Hits, long Compilations, long Commands)>();
            for (var round = 0; round < 2; round++)
            {
                rounds.Add((await LoadResult.RunAsync("sql", Baseline, concurrency, TimeSpan.FromSeconds(seconds)), 0, 0, 0));
                var (hits, compilations, commands) = (responseCache.Hits, capture.Compilations, capture.SearchCommands);
                var result = await LoadResult.RunAsync("graphql", client, GraphQL, concurrency, TimeSpan.FromSeconds(seconds));
                rounds.Add((result, responseCache.Hits - hits, capture.Compilations - compilations, capture.SearchCommands - commands));
            }

            var sql = rounds.Where(r => r.Result.Name == "sql").MaxBy(r => r.Result.PerSecond).Result;
            var (graphql, graphqlHits, graphqlCompilations, graphqlCommands) = rounds.Where(r => r.Result.Name == "graphql").MaxBy(r => r.Result.PerSecond);
            foreach (var (result, statements) in new[] { (sql, samples.Average(c => c.Count)), (graphql, (double)graphqlCommands / Math.Max(1, graphql.Requests)) })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{size,9} {name,-10} {result.Name,-9} {result.PerSecond,8:F0} {result.P50Ms,8:F2} {result.P99Ms,8:F2} {result.Failures,7} {statements,7:F2} {result.ProcessCpuMsPerRequest,8:F2} {result.PostgresCpuMsPerRequest,8:F2}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9} {name,-10} graphql/sql {graphql.PerSecond / sql.PerSecond:F2} (target ≥ 0.70); CPU per request graphql/sql {Total(graphql) / Total(sql):F2}; response-cache hits {graphqlHits} of {graphql.Requests} ({(double)graphqlHits / Math.Max(1, graphql.Requests):P0}; {variables.Count} distinct requests); EF queries compiled {graphqlCompilations}; load average {LoadAverage()}"));
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

static object Request(object filter, string sort) => new { filter, sort };

static List<object> Shuffle(IEnumerable<object> requests)
{
    var list = requests.ToList();
    new Random(24).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
    return list;
}

static async Task ExplainMixAsync(NpgsqlDataSource dataSource, string scenario, List<IReadOnlyList<NpgsqlCommand>> samples, IReadOnlyList<object> variables)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    var lines = new List<(double Ms, string Line)>();
    var readable = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    for (var i = 0; i < samples.Count; i++)
    {
        var total = 0d;
        var parts = new List<string>();
        foreach (var recorded in samples[i])
        {
            await using var command = recorded.Clone();
            command.Connection = connection;
            command.CommandText = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + command.CommandText;
            using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
            var root = plan.RootElement[0];
            var ms = root.GetProperty("Execution Time").GetDouble();
            var buffers = root.GetProperty("Plan").GetProperty("Shared Hit Blocks").GetInt64() + root.GetProperty("Plan").GetProperty("Shared Read Blocks").GetInt64();
            total += ms;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{ms:F2}ms/{buffers}b {root.GetProperty("Plan").GetProperty("Node Type").GetString()}"));
        }

        lines.Add((total, string.Create(CultureInfo.InvariantCulture, $"{total,7:F2} ms  {string.Join(" | ", parts)}  {JsonSerializer.Serialize(variables[i], readable)}")));
    }

    Console.WriteLine($"--- {scenario}: {samples.Count} sampled requests, dearest first");
    foreach (var (_, line) in lines.OrderByDescending(l => l.Ms).Take(15))
    {
        Console.WriteLine(line);
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
