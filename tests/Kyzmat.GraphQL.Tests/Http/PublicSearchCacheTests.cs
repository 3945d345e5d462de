using Kyzmat.GraphQL.Http;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Http;

/// <summary>
/// The short-lived cache of anonymous public search responses (decision 0016): the same request is answered again
/// from it, a change of a vacancy in this host drops it, and nothing signed in or per user is ever kept or served.
/// </summary>
public sealed class PublicSearchCacheTests
{
    private const string Search = """
        query($filter: VacancyFilterInput) { vacancies(first: 5, filter: $filter) { totalCount nodes { code title { text } } } }
        """;

    [Fact]
    public async Task TheSameAnonymousSearch_IsAnsweredFromTheCache_UntilAVacancyChanges()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        var client = new GraphQLClient(host.CreateClient());
        var cache = host.Services.GetRequiredService<PublicSearchCache>();
        var filter = new { text = "инспектор" };

        var first = await client.QueryAsync(Search, new { filter });
        var hits = cache.Hits;
        var again = await client.QueryAsync(Search, new { filter });
        Assert.Equal(hits + 1, cache.Hits);
        Assert.Equal(first.ToString(), again.ToString());

        var code = first.GetProperty("vacancies").GetProperty("nodes")[0].GetProperty("code").GetString();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
            var vacancy = await db.Vacancies.SingleAsync(v => v.Code == code);
            vacancy.Title = new LocalizedText("Салык инспектору (өзгөртүлдү)", "Налоговый инспектор (изменено)");
            await db.SaveChangesAsync();
        }

        hits = cache.Hits;
        var changed = await client.QueryAsync(Search, new { filter });
        Assert.Equal(hits, cache.Hits);
        Assert.Contains(changed.GetProperty("vacancies").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("code").GetString() == code && n.GetProperty("title").GetProperty("text").GetString()!.Contains("өзгөртүлдү", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherLanguageOrOtherVariables_AreNotAnsweredWithTheFirstResponse()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        var client = new GraphQLClient(host.CreateClient());

        var kyrgyz = await client.QueryAsync(Search, new { filter = new { text = "инспектор" } }, language: "ky");
        var russian = await client.QueryAsync(Search, new { filter = new { text = "инспектор" } }, language: "ru");
        var other = await client.QueryAsync(Search, new { filter = new { text = "юрист" } }, language: "ky");

        Assert.NotEqual(kyrgyz.ToString(), russian.ToString());
        Assert.NotEqual(kyrgyz.ToString(), other.ToString());
    }

    [Fact]
    public async Task SignedInCallers_AreNeverAnsweredFromTheCache_NorIsTheirDataKept()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);
        var cache = clients.Host.Services.GetRequiredService<PublicSearchCache>();
        var filter = new { text = "инспектор" };
        await clients.Anonymous.QueryAsync(Search, new { filter });
        await clients.Anonymous.QueryAsync(Search, new { filter });
        var hits = cache.Hits;

        // The same public search signed in: run again, not served from what the anonymous request left.
        await clients.Nurlan.QueryAsync(Search, new { filter });
        // A document with a per-user field beside the search: each citizen gets their own, every time.
        const string WithMe = "query($filter: VacancyFilterInput) { me { id fullName } vacancies(first: 2, filter: $filter) { totalCount } }";
        var nurlan = await clients.Nurlan.QueryAsync(WithMe, new { filter });
        var aigul = await clients.Aigul.QueryAsync(WithMe, new { filter });
        var nurlanAgain = await clients.Nurlan.QueryAsync(WithMe, new { filter });

        Assert.Equal(hits, cache.Hits);
        Assert.NotEqual(nurlan.GetProperty("me").GetProperty("id").GetString(), aigul.GetProperty("me").GetProperty("id").GetString());
        Assert.Equal(nurlan.GetProperty("me").GetProperty("id").GetString(), nurlanAgain.GetProperty("me").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{ vacancies(first: 1) { totalCount } }", null, true)]
    [InlineData("query Q { vacancySuggestions(text: \"салык\") { text } }", null, true)]
    [InlineData("query A { vacancies { totalCount } } query B { me { id } }", "A", true)]
    [InlineData("query A { vacancies { totalCount } } query B { me { id } }", "B", false)]
    [InlineData("query A { vacancies { totalCount } } query B { me { id } }", null, false)]
    [InlineData("{ vacancies { totalCount } me { id } }", null, false)]
    [InlineData("{ vacancy(code: \"KZ-1\") { id } }", null, false)]
    [InlineData("{ ...F } fragment F on Query { me { id } }", null, false)]
    [InlineData("mutation { __typename }", null, false)]
    [InlineData("{ vacancies { totalCount", null, false)]
    public void OnlyQueriesOfPublicRootFields_AreKept(string query, string? operationName, bool kept)
    {
        var cache = new PublicSearchCache(new(), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new PublicSearchCacheOptions()));
        Assert.Equal(kept, cache.KeyOf(query, operationName, null, hasExtensions: false, signedIn: false, "ky", "application/json") is not null);
        Assert.Null(cache.KeyOf(query, operationName, null, hasExtensions: false, signedIn: true, "ky", "application/json"));
    }

    [Fact]
    public void ACacheOfZeroSeconds_KeepsNothing()
    {
        var cache = new PublicSearchCache(new(), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new PublicSearchCacheOptions { CacheSeconds = 0 }));

        Assert.Null(cache.KeyOf("{ vacancies { totalCount } }", null, null, hasExtensions: false, signedIn: false, "ky", "application/json"));
    }
}
