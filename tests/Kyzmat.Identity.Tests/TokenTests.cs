using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Kyzmat.Identity.Tests;

public sealed class TokenTests
{
    private const string HrEmail = "hr.minfin@demo.kyzmat.test";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Refresh_UsedOnce_RotatesAndReusingTheOldTokenRevokesTheWholeChain(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        var client = new PortalClient(host, browser);
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, HrEmail);

        using var first = await client.RefreshAsync(tokens.RefreshToken!);
        var rotated = await TokenSet.ReadAsync(first);
        using (var me = await client.GetWithTokenAsync("/api/me", rotated.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        using var reused = await client.RefreshAsync(tokens.RefreshToken!);
        using var rotatedAfterReplay = await client.RefreshAsync(rotated.RefreshToken!);
        using var apiAfterReplay = await client.GetWithTokenAsync("/api/me", rotated.AccessToken);

        Assert.NotEqual(tokens.RefreshToken, rotated.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("invalid_grant", (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        // A replayed refresh token means it was stolen: everything issued from that sign-in stops working.
        Assert.Equal(HttpStatusCode.BadRequest, rotatedAfterReplay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, apiAfterReplay.StatusCode);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Revoke_RefreshAndAccessTokens_AreRefusedAfterwards(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        var client = new PortalClient(host, browser);
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, HrEmail);
        using (var before = await client.GetWithTokenAsync("/api/me", tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var revokeRefresh = await client.RevokeAsync(tokens.RefreshToken!, "refresh_token");
        using var revokeAccess = await client.RevokeAsync(tokens.AccessToken, "access_token");
        using var refresh = await client.RefreshAsync(tokens.RefreshToken!);
        using var api = await client.GetWithTokenAsync("/api/me", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, revokeRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revokeAccess.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite, "authorization revoked")]
    [InlineData(DatabaseProvider.PostgreSql, "authorization revoked")]
    [InlineData(DatabaseProvider.Sqlite, "token entry gone")]
    [InlineData(DatabaseProvider.PostgreSql, "token entry gone")]
    [InlineData(DatabaseProvider.Sqlite, "token entry revoked")]
    [InlineData(DatabaseProvider.PostgreSql, "token entry revoked")]
    public async Task Api_WithAnAccessTokenWhoseEntriesNoLongerHold_IsUnauthorized(DatabaseProvider provider, string change)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        var client = new PortalClient(host, browser);
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, HrEmail);
        using (var before = await client.GetWithTokenAsync("/api/me", tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var changed = await host.QueryAsync(db => change switch
        {
            "authorization revoked" => db.Set<OpenIddictEntityFrameworkCoreAuthorization>()
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, OpenIddictConstants.Statuses.Revoked)),
            "token entry revoked" => db.Set<OpenIddictEntityFrameworkCoreToken>().Where(t => t.Type == OpenIddictConstants.TokenTypeIdentifiers.AccessToken)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, OpenIddictConstants.Statuses.Revoked)),
            _ => db.Set<OpenIddictEntityFrameworkCoreToken>().Where(t => t.Type == OpenIddictConstants.TokenTypeIdentifiers.AccessToken).ExecuteDeleteAsync(),
        });
        using var after = await client.GetWithTokenAsync("/api/me", tokens.AccessToken);

        Assert.True(changed > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task UserInfo_WithAccessToken_ReturnsTheCitizen()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, HrEmail);

        using var response = await new PortalClient(host, browser).GetWithTokenAsync("/connect/userinfo", tokens.AccessToken);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HrEmail, json.GetProperty("email").GetString());
        Assert.Equal(tokens.IdTokenPayload().GetProperty("sub").GetString(), json.GetProperty("sub").GetString());
    }

    [Fact]
    public async Task Api_WithoutToken_IsUnauthorized()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        using var response = await browser.Http.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Authorize_WithRedirectUriOfAnotherOrigin_IsRefusedWithoutRedirecting()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        var url = new PortalClient(host, browser).AuthorizeUrl().Replace(Uri.EscapeDataString(host.BaseAddress.ToString().TrimEnd('/')), Uri.EscapeDataString("http://evil.example"), StringComparison.Ordinal);

        using var response = await browser.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorize_WithoutPkce_IsRefused()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        var client = new PortalClient(host, browser);
        var url = client.AuthorizeUrl();
        var withoutPkce = string.Join('&', url.Split('&').Where(p => !p.StartsWith("code_challenge", StringComparison.Ordinal)));
        browser.StopAt = client.RedirectUri;

        var page = await browser.GetAsync(withoutPkce);

        Assert.Null(page.Callback);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("code_challenge", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_AfterSignIn_EndsTheServerSession()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, HrEmail);
        var silent = await new PortalClient(host, browser).StartAsync();
        Assert.NotNull(silent.Callback); // still signed in: straight back with a code

        await browser.GetAsync("/connect/endsession");
        var again = await new PortalClient(host, browser).StartAsync();

        Assert.Null(again.Callback);
        Assert.NotNull(again.Form("/account/signin"));
    }

    [Fact]
    public async Task EndSession_ReturnsThePortalToItsOwnRoot_ButNeverToAnotherOrigin()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, HrEmail);
        var home = new Uri(host.BaseAddress, "/").ToString();
        string EndSession(string target, string? clientId = "kyzmat-web") =>
            $"/connect/endsession?id_token_hint={Uri.EscapeDataString(tokens.IdToken!)}&post_logout_redirect_uri={Uri.EscapeDataString(target)}"
            + (clientId is null ? "" : "&client_id=" + clientId);

        foreach (var hostile in new[] { "https://evil.example/", home.Replace("127.0.0.1", "localhost", StringComparison.Ordinal), home + "elsewhere" })
        {
            using var refused = await browser.Http.GetAsync(EndSession(hostile));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var anonymous = await browser.Http.GetAsync(EndSession(hostile, clientId: null));
            Assert.NotEqual(HttpStatusCode.Redirect, anonymous.StatusCode);
        }

        using var accepted = await browser.Http.GetAsync(EndSession(home));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(home, accepted.Headers.Location!.ToString());
        var again = await new PortalClient(host, browser).StartAsync();
        Assert.NotNull(again.Form("/account/signin")); // and the server's session is over
    }

    [Fact]
    public async Task Discovery_AdvertisesCodeFlowWithPkceAndTheEndpoints()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var json = await browser.Http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.Equal(host.BaseAddress.ToString(), json.GetProperty("issuer").GetString());
        Assert.Equal(["code"], json.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("S256", json.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "userinfo_endpoint", "end_session_endpoint", "revocation_endpoint" })
        {
            Assert.StartsWith(host.BaseAddress.ToString(), json.GetProperty(endpoint).GetString(), StringComparison.Ordinal);
        }
    }
}
