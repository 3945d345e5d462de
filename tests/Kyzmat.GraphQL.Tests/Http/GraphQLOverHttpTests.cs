using System.Net;
using System.Text;

namespace Kyzmat.GraphQL.Tests.Http;

/// <summary>The endpoint's behaviour as the GraphQL-over-HTTP specification asks (see also the graphql-http audit test).</summary>
public sealed class GraphQLOverHttpTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private HttpClient Http => fixture.Client.Http;

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task Post_WithAccept_AnswersInNegotiatedMediaType(string accept, string expected)
    {
        var response = await fixture.Client.PostAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_QueryWithoutAccept_AnswersJson()
    {
        using var response = await Http.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task Get_Mutation_IsRefusedWith405AndAllowPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Post_MalformedJson_IsRequestError400InEitherMediaType(string accept)
    {
        var response = await PostRawAsync("{ \"not a JSON", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.HasErrors);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{\"qeury\":\"{ __typename }\"}")]
    [InlineData("{\"query\":0}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"string\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":false}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":[1]}")]
    public async Task Post_InvalidParameters_Answer400ForGraphQLResponseMediaType(string body)
    {
        var response = await PostRawAsync(body, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("{ \"query\": \"{\" }")]
    [InlineData("{ \"query\": \"{ noSuchField }\" }")]
    public async Task Post_DocumentThatFailsParsingOrValidation_Answers400WithoutData(string body)
    {
        var response = await PostRawAsync(body, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ \"query\": \"{\" }")]
    [InlineData("{ \"query\": \"{ noSuchField }\" }")]
    public async Task Post_DocumentThatFailsWithLegacyMediaType_Answers200WithErrors(string body)
    {
        var response = await PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasErrors);
    }

    [Fact]
    public async Task Post_WithoutJsonContentType_Answers415()
    {
        using var content = new StringContent("query { __typename }", Encoding.UTF8, "text/plain");

        using var response = await Http.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_LargerThanLimit_Answers413WithoutReadingItAll()
    {
        var huge = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 400 * 1024) + "\"}}";

        var response = await PostRawAsync(huge, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task Post_DeeperThanLimit_IsRefusedBeforeExecution()
    {
        var deep = "{ stateBodies { offices { region { name { ky } } } } }";
        var tooDeep = "{ __type(name: \"Query\") " + string.Concat(Enumerable.Repeat("{ ofType ", 14)) + "{ name }" + new string('}', 15);

        Assert.False((await fixture.Client.PostAsync(deep)).HasErrors);
        var refused = await fixture.Client.PostAsync(tooDeep);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("depth", refused.FirstError.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<GraphQLResponse> PostRawAsync(string body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
