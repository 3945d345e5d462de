using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kyzmat.GraphQL.Tests;

/// <summary>Sends GraphQL requests to the host the way a front end does: POST application/json.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(
        string query, object? variables = null, string accept = "application/graphql-response+json", string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Posts and asserts that the answer is 200 with data and no errors.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? language = null)
    {
        var response = await PostAsync(query, variables, language: language);
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        return response.Data;
    }
}
