using System.Net;
using GraphQL.DI;
using Kyzmat.GraphQL.Http;
using Microsoft.Extensions.DependencyInjection;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.GraphQL.Tests.Http;

/// <summary>
/// A document that passed validation once is kept by its text; the checks that depend on who asks or on the
/// variables must still run every time it comes again.
/// </summary>
public sealed class ValidatedDocumentCacheTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task AKnownDocument_IsStillAuthorizedForWhoeverSendsIt()
    {
        await using var clients = await SignedInClients.StartAsync(DatabaseProvider.Sqlite);
        const string Me = "{ me { id fullName } }";

        var first = await clients.Nurlan.PostAsync(Me);
        var anonymous = await clients.Anonymous.PostAsync(Me);
        var again = await clients.Nurlan.PostAsync(Me);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.False(first.HasErrors);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("NOT_AUTHENTICATED", anonymous.FirstErrorCode);
        Assert.False(anonymous.Body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
            && data.TryGetProperty("me", out var me) && me.ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.Equal(first.Data.GetProperty("me").GetProperty("id").GetString(), again.Data.GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AKnownDocument_IsStillMeasuredWithTheVariablesItCameWith()
    {
        const string Search = "query($n: Int) { vacancies(first: $n) { nodes { id title { ky ru } description { ky ru } stateBody { name { ky } } } } }";
        var cache = fixture.Host.Services.GetServices<IConfigureExecution>().OfType<ValidatedDocumentCache>().Single();
        var tooMuchBeforeKnown = await fixture.Client.PostAsync(Search, new { n = 5_000_000 });
        var modest = await fixture.Client.PostAsync(Search, new { n = 2 });
        var hitsBefore = cache.Hits;
        var tooMuchOnceKnown = await fixture.Client.PostAsync(Search, new { n = 5_000_000 });

        Assert.Equal(hitsBefore + 1, cache.Hits); // the document was known: the rules in question ran on a kept document

        Assert.True(tooMuchBeforeKnown.HasErrors);
        Assert.False(modest.HasErrors);
        Assert.Equal(2, modest.Data.GetProperty("vacancies").GetProperty("nodes").GetArrayLength());
        Assert.True(tooMuchOnceKnown.HasErrors);
        Assert.Equal(tooMuchBeforeKnown.Status, tooMuchOnceKnown.Status);
        Assert.Equal(tooMuchBeforeKnown.FirstErrorCode, tooMuchOnceKnown.FirstErrorCode);
        Assert.NotEqual("PAGE_SIZE_TOO_LARGE", tooMuchOnceKnown.FirstErrorCode);
    }
}
