using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Kyzmat.Testing.Host.SignIn;

public sealed record TokenSet(string AccessToken, string? RefreshToken, string? IdToken)
{
    public static async Task<TokenSet> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Token endpoint answered {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new TokenSet(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.TryGetProperty("id_token", out var id) ? id.GetString() : null);
    }

    /// <summary>The payload of the (signed, not encrypted) identity token.</summary>
    public JsonElement IdTokenPayload()
    {
        var part = IdToken!.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=');
        return JsonDocument.Parse(Convert.FromBase64String(part)).RootElement;
    }
}
