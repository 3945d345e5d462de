using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kyzmat.Applications.Bench;

/// <summary>Posts GraphQL requests as a citizen's front end does: POST application/json with the bearer token.</summary>
internal sealed class GraphQLCaller(HttpClient http)
{
    /// <summary>The answer's <c>data</c>; an answer with errors throws <see cref="GraphQLErrorException"/>.</summary>
    public async Task<JsonElement> QueryAsync(string accessToken, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        if (body.ValueKind != JsonValueKind.Object || body.TryGetProperty("errors", out _) || !body.TryGetProperty("data", out var data))
        {
            throw new GraphQLErrorException(FirstErrorCode(body), $"{(int)response.StatusCode} {text}");
        }

        return data;
    }

    private static string? FirstErrorCode(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
        && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
}
