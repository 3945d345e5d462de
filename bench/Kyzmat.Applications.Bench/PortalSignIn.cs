using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// Signs a citizen in the way the tests do (Kyzmat.Testing.Host's SignInDriver): the portal client <c>kyzmat-web</c>
/// with PKCE, the pages' PIN and password, «Булуттук электрондук колтамга», the e-mailed code, then the token endpoint.
/// </summary>
internal static partial class PortalSignIn
{
    private const string Scopes = "openid profile email roles offline_access";

    /// <summary>The access token of a citizen whose e-mail is already confirmed.</summary>
    public static async Task<string> AccessTokenAsync(Uri baseAddress, CodeMailbox mail, string pin, string password, string email)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        browser.DefaultRequestHeaders.UserAgent.ParseAdd("KyzmatApplicationsBench/1.0");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ky");
        var redirectUri = new Uri(baseAddress, "/auth/callback").ToString();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "kyzmat-web",
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = Scopes,
            ["state"] = "bench",
            ["nonce"] = "n-bench",
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });

        var page = await FollowAsync(browser, await browser.GetAsync(authorize), redirectUri);
        if (Form(page.Html, "/account/signin") is null)
        {
            page = await FollowAsync(browser, await browser.GetAsync("/account/signin"), redirectUri);
        }

        page = await SubmitAsync(browser, page, "/account/signin", redirectUri, ("pin", pin), ("password", password));
        page = await SubmitAsync(browser, page, "/account/method", redirectUri, ("method", "cloud-signature"));
        page = await SubmitAsync(browser, page, "/account/email", redirectUri);
        var code = await mail.NextCodeAsync(email, TimeSpan.FromSeconds(60));
        page = await SubmitAsync(browser, page, "/account/code", redirectUri, ("code", code));
        var callback = page.Callback ?? throw new InvalidOperationException($"Sign-in of {pin} did not reach the callback: {page.Html}");

        using var response = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = QueryHelpers.ParseQuery(callback.Query)["code"].ToString(),
            ["redirect_uri"] = redirectUri,
            ["client_id"] = "kyzmat-web",
            ["code_verifier"] = verifier,
        }));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"Token endpoint answered {(int)response.StatusCode}: {body}");
    }

    private static async Task<Page> SubmitAsync(HttpClient browser, Page page, string action, string stopAt, params (string Name, string Value)[] fields)
    {
        var hidden = Form(page.Html, action) ?? throw new InvalidOperationException($"No form for {action} on {page.Url}: {page.Html}");
        var values = hidden.Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))).GroupBy(p => p.Key).Select(g => g.Last());
        return await FollowAsync(browser, await browser.PostAsync(action, new FormUrlEncodedContent(values)), stopAt);
    }

    /// <summary>Follows redirects as a browser does, until one leaves for the client's callback.</summary>
    private static async Task<Page> FollowAsync(HttpClient browser, HttpResponseMessage response, string stopAt)
    {
        for (var hops = 0; hops < 10 && (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } next; hops++)
        {
            var location = next.IsAbsoluteUri ? next : new Uri(response.RequestMessage!.RequestUri!, next);
            if (location.ToString().StartsWith(stopAt, StringComparison.Ordinal))
            {
                response.Dispose();
                return new Page(location, "", location);
            }

            response.Dispose();
            response = await browser.GetAsync(location);
        }

        using (response)
        {
            return new Page(response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync(), null);
        }
    }

    /// <summary>The hidden fields of the form posting to <paramref name="action"/>, or null when the page has no such form.</summary>
    private static List<KeyValuePair<string, string>>? Form(string html, string action) =>
        Forms().Matches(html).Where(f => WebUtility.HtmlDecode(f.Groups[1].Value) == action)
            .Select(f => Hidden().Matches(f.Groups[2].Value)
                .Select(h => KeyValuePair.Create(WebUtility.HtmlDecode(h.Groups[1].Value), WebUtility.HtmlDecode(h.Groups[2].Value))).ToList())
            .FirstOrDefault();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex Hidden();

    private sealed record Page(Uri Url, string Html, Uri? Callback);
}
