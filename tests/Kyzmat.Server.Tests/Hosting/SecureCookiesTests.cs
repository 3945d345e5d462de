using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;

namespace Kyzmat.Server.Tests.Hosting;

/// <summary>Behind a proxy that ends TLS the host sees plain HTTP; in Production its cookies are Secure all the same.</summary>
public sealed class SecureCookiesTests
{
    private static async Task<List<string>> SignInPageCookiesAsync(string environment, string? secureCookies)
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null, environment);
        // The factory turns them off for its plain-HTTP clients in Production; null leaves the host's own default.
        host.Settings["Kyzmat:Http:SecureCookies"] = secureCookies;
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));

        return response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies] : [];
    }

    [Fact]
    public async Task InProduction_CookiesAreSecure_OverPlainHttp()
    {
        var cookies = await SignInPageCookiesAsync("Production", secureCookies: null);

        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InDevelopment_CookiesFollowTheRequest()
    {
        var cookies = await SignInPageCookiesAsync("Development", secureCookies: null);

        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
