using System.Net;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;

namespace Kyzmat.Server.Tests.Feeds;

public sealed class VacancyFeedTests
{
    [Fact]
    public async Task Feed_FilteredByGroup_ListsOnlyThatGroupWithBodyAndOffices()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/vacancies?first=5&group=Senior", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nodes = body.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, n =>
        {
            Assert.Equal("Senior", n.GetProperty("group").GetString());
            Assert.False(string.IsNullOrEmpty(n.GetProperty("stateBody").GetProperty("name").GetProperty("ky").GetString()));
            Assert.NotEmpty(n.GetProperty("offices").EnumerateArray());
        });
        Assert.True(body.GetProperty("totalCount").GetInt32() >= 5);
    }

    [Theory]
    [InlineData("/api/vacancies?first=500", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("/api/vacancies?after=garbage", "INVALID_CURSOR")]
    public async Task Feed_BadPaging_Is400WithCode(string url, string code)
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}
