// Vacancy search through /graphql against the same search answered by the minimal-API JSON feed
// (/api/vacancies) in the same host and the same run, on SQLite and PostgreSQL, 10,000 vacancies.
// Usage: dotnet run -c Release --project bench/Kyzmat.Api.Bench [-- --seconds 10 --concurrency 8 --providers Sqlite,PostgreSql]
using System.Globalization;
using System.Text;
using Kyzmat.Api.Bench;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Microsoft.Extensions.DependencyInjection;

var seconds = Option("--seconds", 10);
var concurrency = Option("--concurrency", 8);
var providers = (OptionText("--providers") ?? "Sqlite,PostgreSql").Split(',').Select(Enum.Parse<DatabaseProvider>).ToList();
const string Query = """
    query Search($filter: VacancyFilterInput) {
      vacancies(first: 20, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { code title { ky ru } group salaryMin salaryMax deadline stateBody { code name { ky } } offices { code region { code } } }
      }
    }
    """;
var graphqlBody = System.Text.Json.JsonSerializer.Serialize(new { query = Query, variables = new { filter = new { groups = new[] { "SENIOR" }, salaryFrom = 40000 } } });

Console.WriteLine($"Kyzmat API benchmark: 10,000 vacancies, first 20 SENIOR with salary ≥ 40,000; {concurrency} connections, {seconds} s per phase");
Console.WriteLine($"{"provider",-11} {"endpoint",-9} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"failed",7}");
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
    await using var host = new KyzmatHostFactory(provider, connectionString, environment: "Production");
    host.Settings["Kyzmat:Seed:DemoData"] = "true";
    host.Settings["Serilog:MinimumLevel:Default"] = "Warning";
    var port = TestEnvironment.FreeTcpPort();
    host.UseKestrel(port);
    host.StartServer();
    await using (var scope = host.Services.CreateAsyncScope())
    {
        await VacancySeeder.FillToAsync(scope.ServiceProvider.GetRequiredService<KyzmatDbContext>(), 10_000);
    }

    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    HttpRequestMessage GraphQL() => new(HttpMethod.Post, "/graphql") { Content = new StringContent(graphqlBody, Encoding.UTF8, "application/json") };
    HttpRequestMessage Baseline() => new(HttpMethod.Get, "/api/vacancies?first=20&group=Senior&salaryFrom=40000");

    // Warm both up, then alternate baseline / GraphQL twice and keep each one's better round.
    await LoadResult.RunAsync("warm-up", client, Baseline, concurrency, TimeSpan.FromSeconds(2));
    await LoadResult.RunAsync("warm-up", client, GraphQL, concurrency, TimeSpan.FromSeconds(2));
    var rounds = new List<LoadResult>();
    for (var round = 0; round < 2; round++)
    {
        rounds.Add(await LoadResult.RunAsync("baseline", client, Baseline, concurrency, TimeSpan.FromSeconds(seconds)));
        rounds.Add(await LoadResult.RunAsync("graphql", client, GraphQL, concurrency, TimeSpan.FromSeconds(seconds)));
    }

    var baseline = rounds.Where(r => r.Name == "baseline").MaxBy(r => r.PerSecond)!;
    var graphql = rounds.Where(r => r.Name == "graphql").MaxBy(r => r.PerSecond)!;
    foreach (var result in new[] { baseline, graphql })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider,-11} {result.Name,-9} {result.PerSecond,9:F0} {result.P50Ms,8:F2} {result.P99Ms,8:F2} {result.Failures,7}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{provider,-11} graphql/baseline throughput ratio: {graphql.PerSecond / baseline.PerSecond:F2} (target ≥ 0.70)"));
}

int Option(string name, int fallback) => int.TryParse(OptionText(name), out var value) ? value : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
