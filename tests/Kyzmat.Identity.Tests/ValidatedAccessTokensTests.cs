using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Security.Claims;
using Kyzmat.Identity.Server;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;

namespace Kyzmat.Identity.Tests;

/// <summary>A bearer token is validated by OpenIddict once; its later requests reuse that and check only its entries.</summary>
public sealed class ValidatedAccessTokensTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly ValidatedAccessTokens.Key Token = Key("token");

    [Fact]
    public void AValidation_IsReusedUntilTheTokenExpires_WhenThatIsSooner()
    {
        var clock = new FakeTimeProvider(Start);
        var cache = new ValidatedAccessTokens(clock);
        cache.Add(Token, Ticket(expires: Start.AddMinutes(2)));

        clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet(Token, out var validated));
        Assert.Equal(("token-id", "authorization-id"), (validated.TokenId, validated.AuthorizationId));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Token, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void AValidation_IsReusedAtMostFiveMinutes_HoweverLongTheTokenLives()
    {
        var clock = new FakeTimeProvider(Start);
        var cache = new ValidatedAccessTokens(clock);
        cache.Add(Token, Ticket(expires: Start.AddHours(1)));

        clock.Advance(ValidatedAccessTokens.MaxAge - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet(Token, out _));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Token, out _));
    }

    [Fact]
    public void OnlyTheVeryTokenHits_ATicketWithoutExpiryIsNotKept_AndAFullCacheStartsAgain()
    {
        var cache = new ValidatedAccessTokens(new FakeTimeProvider(Start));
        cache.Add(Token, Ticket(expires: Start.AddMinutes(30)));
        cache.Add(Key("no-expiry"), Ticket(expires: null));

        Assert.False(cache.TryGet(Key(" token"), out _));
        Assert.False(cache.TryGet(Key("TOKEN"), out _));
        Assert.False(cache.TryGet(Token with { Address = "http://other.example" }, out _));
        Assert.False(cache.TryGet(Key("no-expiry"), out _));

        for (var i = cache.Count; i < ValidatedAccessTokens.Capacity; i++)
        {
            cache.Add(Key("filler" + i), Ticket(expires: Start.AddMinutes(30)));
        }

        cache.Add(Key("one more"), Ticket(expires: Start.AddMinutes(30)));
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(Key("one more"), out _));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ATokenSeenBefore_IsTakenFromTheCache_AndStillRefusedTheMomentItIsRevoked(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        var client = new PortalClient(host, browser);
        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");
        var cache = host.Services.GetRequiredService<ValidatedAccessTokens>();
        var key = new ValidatedAccessTokens.Key(tokens.AccessToken, host.BaseAddress.ToString().TrimEnd('/'));

        using (var first = await client.GetWithTokenAsync("/api/me", tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        Assert.True(cache.TryGet(key, out var validated));
        Assert.NotNull(validated.TokenId);
        var reusedBefore = cache.Reused;
        using (var second = await client.GetWithTokenAsync("/api/me", tokens.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(tokens.IdTokenPayload().GetProperty("sub").GetString(), (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sub").GetString());
        }

        Assert.Equal(reusedBefore + 1, cache.Reused);

        // Tampered with one character, the token is not the cached one: OpenIddict's validation refuses it.
        var tampered = tokens.AccessToken[..^2] + (tokens.AccessToken[^2] == 'A' ? 'B' : 'A') + tokens.AccessToken[^1];
        using (var forged = await client.GetWithTokenAsync("/api/me", tampered))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        using var revoke = await client.RevokeAsync(tokens.AccessToken, "access_token");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        using var afterRevoke = await client.GetWithTokenAsync("/api/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Contains("invalid_token", afterRevoke.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.False(cache.TryGet(key, out _));
    }

    private static ValidatedAccessTokens.Key Key(string token) => new(token, "http://127.0.0.1:5080");

    private static AuthenticationTicket Ticket(DateTimeOffset? expires)
    {
        var identity = new ClaimsIdentity("test");
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.Private.TokenId, "token-id"));
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.Private.AuthorizationId, "authorization-id"));
        return new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = expires }, "test");
    }
}
