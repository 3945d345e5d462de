using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace Kyzmat.Testing.Host.SignIn;

/// <summary>The portal's public client <c>kyzmat-web</c> as a test plays it: authorization code with PKCE (S256).</summary>
public sealed class PortalClient(IdentityTestHost host, Browser browser, string clientId = "kyzmat-web")
{
    public const string Scopes = "openid profile email roles offline_access";

    private readonly string _verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
    private readonly string _state = Base64Url(RandomNumberGenerator.GetBytes(12));

    /// <summary>The portal's callback on the origin the browser talks to (the host, or the proxy in front of several).</summary>
    public string RedirectUri => new Uri(browser.Http.BaseAddress ?? host.BaseAddress, "/auth/callback").ToString();

    public string AuthorizeUrl(string scope = Scopes, string? extra = null) => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = clientId,
        ["redirect_uri"] = RedirectUri,
        ["response_type"] = "code",
        ["scope"] = scope,
        ["state"] = _state,
        ["nonce"] = "n-" + _state,
        ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier))),
        ["code_challenge_method"] = "S256",
    }) + extra;

    public async Task<BrowserPage> StartAsync(string scope = Scopes)
    {
        browser.StopAt = RedirectUri;
        return await browser.GetAsync(AuthorizeUrl(scope));
    }

    public async Task<TokenSet> ExchangeAsync(Uri callback)
    {
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(_state, query["state"].ToString());
        using var response = await PostTokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = clientId,
            ["code_verifier"] = _verifier,
        });
        return await TokenSet.ReadAsync(response);
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) => PostTokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = refreshToken,
        ["client_id"] = clientId,
    });

    public async Task<HttpResponseMessage> RevokeAsync(string token, string hint) =>
        await browser.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["token_type_hint"] = hint,
            ["client_id"] = clientId,
        }));

    public async Task<HttpResponseMessage> GetWithTokenAsync(string url, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new("Bearer", accessToken);
        return await browser.Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private Task<HttpResponseMessage> PostTokenAsync(Dictionary<string, string> form) =>
        browser.Http.PostAsync("/connect/token", new FormUrlEncodedContent(form));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
