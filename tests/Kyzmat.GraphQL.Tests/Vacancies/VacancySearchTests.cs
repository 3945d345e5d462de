using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Vacancies;

/// <summary>The vacancy search through /graphql on the seeded data, on SQLite and on PostgreSQL.</summary>
public sealed class VacancySearchTests
{
    private const string Page = """
        query Page($first: Int, $after: String, $filter: VacancyFilterInput, $sort: VacancySort) {
          vacancies(first: $first, after: $after, filter: $filter, sort: $sort) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { code group salaryMax deadline publishedAt isOpen title { ky ru text } stateBody { code } offices { code region { code } } }
          }
        }
        """;

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Vacancies_PagedWithCursors_VisitEveryOpenVacancyOnceNewestFirst(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());
        var seen = new List<JsonElement>();
        string? after = null;
        int total;
        do
        {
            var page = (await client.QueryAsync(Page, new { first = 7, after })).GetProperty("vacancies");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(await host.CountOpenAsync(), total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(v => v.GetProperty("code").GetString()).Distinct().Count());
        Assert.All(seen, v => Assert.True(v.GetProperty("isOpen").GetBoolean()));
        var published = seen.Select(v => v.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Vacancies_Filters_NarrowTheResult(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var juniors = await NodesAsync(client, new { groups = new[] { "JUNIOR" } });
        var inNaryn = await NodesAsync(client, new { regionCodes = new[] { "naryn" } });
        var wellPaid = await NodesAsync(client, new { salaryFrom = 60000 });
        var closedToo = await NodesAsync(client, new { openOnly = false });

        Assert.NotEmpty(juniors);
        Assert.All(juniors, v => Assert.Equal("JUNIOR", v.GetProperty("group").GetString()));
        Assert.NotEmpty(inNaryn);
        Assert.All(inNaryn, v => Assert.Contains(v.GetProperty("offices").EnumerateArray(), o => o.GetProperty("region").GetProperty("code").GetString() == "naryn"));
        Assert.NotEmpty(wellPaid);
        Assert.All(wellPaid, v => Assert.True(v.GetProperty("salaryMax").GetDecimal() >= 60000));
        Assert.Contains(closedToo, v => !v.GetProperty("isOpen").GetBoolean());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Vacancies_FreeText_MatchesCyrillicInAnyCase(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());
        var word = await host.FirstTitleWordAsync();

        var upper = await NodesAsync(client, new { text = word.ToUpperInvariant() });
        var lower = await NodesAsync(client, new { text = word.ToLowerInvariant() });
        var nothing = await NodesAsync(client, new { text = "жокнерсе-қзщ" });

        Assert.NotEmpty(upper);
        Assert.Equal(upper.Select(v => v.GetProperty("code").GetString()), lower.Select(v => v.GetProperty("code").GetString()));
        Assert.Empty(nothing);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Vacancies_CardFieldsOrLongerOnes_ReadAsTheSingleVacancyHasThem(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());
        const string CardQuery = "query { vacancies(first: 100) { nodes { code title { ru } description { ru } salaryMin } } }";
        const string Longer = """
            query { vacancies(first: 100) { nodes { code ...More } } }
            fragment More on Vacancy { title { ru } description { ru } salaryMin requirements { ru } employment }
            """;

        host.Factory.SqlCommands.Reset();
        var cards = (await client.QueryAsync(CardQuery)).GetProperty("vacancies").GetProperty("nodes").EnumerateArray().ToList();
        var page = Assert.Single(host.Factory.SqlCommands.CommandsOfTheContextThatRan("Title_Ru"), c => c.Contains("Title_Ru", StringComparison.Ordinal));
        Assert.DoesNotContain("Requirements_Ru", page, StringComparison.Ordinal);
        var longer = (await client.QueryAsync(Longer)).GetProperty("vacancies").GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(cards);
        Assert.Equal(cards.Select(Card), longer.Select(Card));
        foreach (var vacancy in longer.Take(5))
        {
            var single = (await client.QueryAsync("query($code: String) { vacancy(code: $code) { requirements { ru } employment } }", new { code = vacancy.GetProperty("code").GetString() })).GetProperty("vacancy");
            Assert.NotEqual("", vacancy.GetProperty("requirements").GetProperty("ru").GetString());
            Assert.Equal(single.GetProperty("requirements").GetRawText(), vacancy.GetProperty("requirements").GetRawText());
            Assert.Equal(single.GetProperty("employment").GetRawText(), vacancy.GetProperty("employment").GetRawText());
        }

        static string Card(JsonElement node) => string.Join('|', new[] { "code", "title", "description", "salaryMin" }.Select(f => node.GetProperty(f).GetRawText()));
    }

    [Fact]
    public async Task Vacancies_SortedByDeadline_AscendAcrossPages()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var first = (await client.QueryAsync(Page, new { first = 10, sort = "DEADLINE" })).GetProperty("vacancies");
        var second = (await client.QueryAsync(Page, new { first = 10, sort = "DEADLINE", after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("vacancies");

        var deadlines = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray())
            .Select(v => v.GetProperty("deadline").GetDateTimeOffset()).ToList();
        Assert.Equal(20, deadlines.Count);
        Assert.Equal(deadlines.Order(), deadlines);
    }

    [Theory]
    [InlineData("ru", "Курсор страницы неверен")]
    [InlineData("ky", "Барак көрсөткүчү")]
    [InlineData("en", "The page cursor is not valid")]
    public async Task Vacancies_WithForgedCursor_AnswerLocalisedErrorWithStableCode(string language, string expected)
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var response = await client.PostAsync(Page, new { first = 5, after = "bm90LWEtY3Vyc29y" }, language: language);

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
        Assert.StartsWith(expected, response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vacancies_PageLargerThanLimit_IsRefusedWithCode()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var response = await client.PostAsync(Page, new { first = 101 });

        Assert.Equal("PAGE_SIZE_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Vacancy_ByCode_ReadsClosedOnesToo()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var client = new GraphQLClient(host.Factory.CreateClient());
        var closedCode = await host.ClosedCodeAsync();

        var data = await client.QueryAsync("query($code: String) { vacancy(code: $code) { code isOpen status } missing: vacancy(code: \"NO-SUCH\") { code } }", new { code = closedCode });

        Assert.Equal(closedCode, data.GetProperty("vacancy").GetProperty("code").GetString());
        Assert.False(data.GetProperty("vacancy").GetProperty("isOpen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    private static async Task<List<JsonElement>> NodesAsync(GraphQLClient client, object filter) =>
        [.. (await client.QueryAsync(Page, new { first = 100, filter })).GetProperty("vacancies").GetProperty("nodes").EnumerateArray()];

    private static async Task<SeededHost> StartAsync(DatabaseProvider provider)
    {
        PostgresTestDatabase? database = provider == DatabaseProvider.PostgreSql ? await PostgresServer.CreateDatabaseAsync() : null;
        return new SeededHost(new KyzmatHostFactory(provider, database?.ConnectionString), database);
    }

    private sealed class SeededHost(KyzmatHostFactory factory, PostgresTestDatabase? database) : IAsyncDisposable
    {
        public KyzmatHostFactory Factory { get; } = factory;

        public Task<int> CountOpenAsync() => WithDbAsync(db =>
        {
            var now = DateTimeOffset.UtcNow;
            return db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Published && v.Deadline >= now);
        });

        public Task<string> FirstTitleWordAsync() => WithDbAsync(async db =>
            (await db.Vacancies.Where(v => v.Status == VacancyStatus.Published).OrderBy(v => v.Code).FirstAsync()).Title.Ru.Split(' ')[0]);

        public Task<string> ClosedCodeAsync() => WithDbAsync(async db =>
            (await db.Vacancies.FirstAsync(v => v.Status == VacancyStatus.Closed)).Code);

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }

        private async Task<T> WithDbAsync<T>(Func<KyzmatDbContext, Task<T>> query)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<KyzmatDbContext>());
        }
    }
}
