using System.Globalization;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Identity.Tests;

/// <summary>A real OpenID Connect client library — ASP.NET Core's OpenIdConnect handler in a host of its own — against our server, over real sockets.</summary>
public sealed class OidcClientTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OpenIdConnectHandler_CodeWithPkce_SignsTheCitizenInWithRoles(DatabaseProvider provider)
    {
        var rpPort = TestEnvironment.FreeTcpPort();
        var rp = $"http://127.0.0.1:{rpPort}";
        await using var host = await IdentityTestHost.StartAsync(provider, settings: new()
        {
            ["Kyzmat:Identity:Clients:0:ClientId"] = "kyzmat-web",
            ["Kyzmat:Identity:Clients:0:RedirectUris:0"] = "/auth/callback",
            ["Kyzmat:Identity:Clients:1:ClientId"] = "test-rp",
            ["Kyzmat:Identity:Clients:1:RedirectUris:0"] = rp + "/signin-oidc",
        });
        await using var relyingParty = await StartRelyingPartyAsync(rp, host.BaseAddress);
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync(rp + "/");
        Assert.NotNull(page.Form("/account/signin"));
        page = await browser.SubmitAsync("/account/signin", ("pin", DemoAccounts.HrPin), ("password", DemoAccounts.HrPassword));
        page = await browser.SubmitAsync("/account/method", ("method", "cloud-signature"));
        page = await browser.SubmitAsync("/account/email");
        var code = await host.Smtp.NextCodeToAsync("hr.minfin@demo.kyzmat.test");
        page = await browser.SubmitAsync("/account/code", ("code", code));

        Assert.Equal(rp + "/", page.Url.ToString());
        Assert.Equal("Жумабаева Чолпон Сапаровна|citizen,hr|minfin", page.Html);
    }

    private static async Task<WebApplication> StartRelyingPartyAsync(string url, Uri authority)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(url);
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = "cookie";
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie("cookie", o => o.Cookie.Name = "rp.session")
            .AddOpenIdConnect(o =>
            {
                o.Authority = authority.ToString();
                o.RequireHttpsMetadata = false;
                o.ClientId = "test-rp";
                o.ResponseType = "code";
                o.ResponseMode = "query";
                o.UsePkce = true;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email", "roles" })
                {
                    o.Scope.Add(scope);
                }

                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = "role";
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
            });
        var app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/", async context =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }

            var roles = string.Join(',', context.User.FindAll("role").Select(c => c.Value).Order(StringComparer.Ordinal));
            await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"{context.User.Identity.Name}|{roles}|{context.User.FindFirst("hr_body")?.Value}"));
        });
        await app.StartAsync();
        return app;
    }
}
