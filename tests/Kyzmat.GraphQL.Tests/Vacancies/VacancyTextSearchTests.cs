using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;

namespace Kyzmat.GraphQL.Tests.Vacancies;

/// <summary>Word forms, typos, snippets, facets and suggestions through /graphql on the demo vacancies.</summary>
public sealed class VacancyTextSearchTests
{
    private const string Search = """
        query Search($filter: VacancyFilterInput) {
          vacancies(first: 100, filter: $filter) {
            totalCount totalCountIsExact
            edges { node { code title { ky } } snippet { text matched } }
            facets {
              stateBodies { value count label { ky } }
              regions { value count label { ru } }
              groups { value count }
              salaryBands { value count }
              deadlineWindows { value count }
            }
          }
        }
        """;

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Vacancies_KyrgyzFormsAndTypos_FindWhatTheStemFinds(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var inspector = await CodesAsync(client, "инспектор");
        var inspectors = await CodesAsync(client, "инспекторлор");
        var misspelt = await CodesAsync(client, "инспектр");
        var finance = await CodesAsync(client, "финансылык");

        Assert.Equal(["KZ-2026-0023", "KZ-2026-0024", "KZ-2026-0027", "KZ-2026-0028"], inspector.Order());
        Assert.Equal(inspector.Order(), inspectors.Order());
        Assert.Equal(inspector.Order(), misspelt.Order());
        Assert.Contains("KZ-2026-0001", finance);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Vacancies_TwoWords_RankTheTitleWithBothFirstAndMarkThemInTheSnippet(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var result = (await client.QueryAsync(Search, new { filter = new { text = "салык инспекторлору" } })).GetProperty("vacancies");

        var first = result.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetProperty("ky").GetString()!;
        Assert.Contains("салык инспектору", first, StringComparison.OrdinalIgnoreCase);
        Assert.True(result.GetProperty("totalCountIsExact").GetBoolean());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Facets_PickingABodyAndARegion_ChangeTheOtherCountsAndEqualFilteredTotals(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var all = (await client.QueryAsync(Search, new { filter = new { } })).GetProperty("vacancies");
        var body = all.GetProperty("facets").GetProperty("stateBodies")[0];
        var bodyId = body.GetProperty("value").GetString()!;
        var ofBody = (await client.QueryAsync(Search, new { filter = new { stateBodyIds = new[] { bodyId } } })).GetProperty("vacancies");
        var region = ofBody.GetProperty("facets").GetProperty("regions")[0];
        var regionCode = region.GetProperty("value").GetString()!;
        var ofBoth = (await client.QueryAsync(Search, new { filter = new { stateBodyIds = new[] { bodyId }, regionCodes = new[] { regionCode } } })).GetProperty("vacancies");

        Assert.Equal(body.GetProperty("count").GetInt32(), ofBody.GetProperty("totalCount").GetInt32());
        Assert.Equal(region.GetProperty("count").GetInt32(), ofBoth.GetProperty("totalCount").GetInt32());
        Assert.NotEqual(Counts(all, "groups"), Counts(ofBody, "groups"));
        Assert.Equal(Counts(all, "stateBodies"), Counts(ofBody, "stateBodies"));
        Assert.Equal(ofBody.GetProperty("totalCount").GetInt32(), Counts(ofBody, "groups").Values.Sum());
        Assert.Equal(ofBoth.GetProperty("totalCount").GetInt32(), Counts(ofBoth, "salaryBands").Values.Sum());
        Assert.Equal(ofBoth.GetProperty("totalCount").GetInt32(), Counts(ofBoth, "deadlineWindows").Values.Sum());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("label").GetProperty("ky").GetString()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [MemberData(nameof(Providers))]
    public async Task Suggestions_UnfinishedMisspeltWord_OfferTitlesAndBodies(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var titles = (await client.QueryAsync("{ vacancySuggestions(text: \"бажы инсп\") { text stateBodyId } }", language: "ky")).GetProperty("vacancySuggestions");
        var typo = (await client.QueryAsync("{ vacancySuggestions(text: \"юстицыя\") { text stateBodyId } }", language: "ru")).GetProperty("vacancySuggestions");

        Assert.Contains(titles.EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("бажы инспектору", StringComparison.Ordinal));
        Assert.Contains(typo.EnumerateArray(), s => s.GetProperty("text").GetString() == "Министерство юстиции Кыргызской Республики" && s.GetProperty("stateBodyId").ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData("ru", "Поисковый запрос слишком длинный")]
    [InlineData("ky", "Издөө сөзү өтө узун")]
    public async Task Vacancies_TenKilobytesOfText_AnswerLocalisedErrorWithStableCode(string language, string expected)
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var client = new GraphQLClient(host.Factory.CreateClient());

        var response = await client.PostAsync(Search, new { filter = new { text = string.Concat(Enumerable.Repeat("салык; ", 1500)) } }, language: language);

        Assert.Equal("SEARCH_TEXT_TOO_LONG", response.FirstErrorCode);
        Assert.StartsWith(expected, response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, int> Counts(JsonElement vacancies, string facet) =>
        vacancies.GetProperty("facets").GetProperty(facet).EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());

    private static async Task<List<string>> CodesAsync(GraphQLClient client, string text) =>
        [.. (await client.QueryAsync(Search, new { filter = new { text } })).GetProperty("vacancies").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("code").GetString()!)];

    private static async Task<Host> StartAsync(DatabaseProvider provider)
    {
        PostgresTestDatabase? database = provider == DatabaseProvider.PostgreSql ? await PostgresServer.CreateDatabaseAsync() : null;
        return new Host(new KyzmatHostFactory(provider, database?.ConnectionString), database);
    }

    private sealed class Host(KyzmatHostFactory factory, PostgresTestDatabase? database) : IAsyncDisposable
    {
        public KyzmatHostFactory Factory { get; } = factory;

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }
}
