using System.Security.Claims;
using Kyzmat.Testing;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Tests.Infrastructure;

/// <summary>
/// A stand-in for the national unified identification system (ЕСИ): an OpenID Connect provider of its own (OpenIddict,
/// code + PKCE, form_post available) on a real socket, which signs in the one person it was given.
/// </summary>
public sealed class TestEsiProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private TestEsiProvider(WebApplication app, string folder, string url)
    {
        _app = app;
        _folder = folder;
        Url = url;
    }

    public string Url { get; }

    public static async Task<TestEsiProvider> StartAsync(EsiPerson person, string clientId, string redirectUri)
    {
        var url = $"http://127.0.0.1:{TestEnvironment.FreeTcpPort()}";
        var folder = Path.Combine(Path.GetTempPath(), "kyzmat-esi-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls(url);
        builder.Services.AddDbContext<EsiDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "esi.db")}"));
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<EsiDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("authorize").SetTokenEndpointUris("token").SetUserInfoEndpointUris("userinfo");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Phone);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        app.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            var identity = new ClaimsIdentity("esi", Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, "esi-" + person.Pin).SetClaim("pin", person.Pin)
                .SetClaim(Claims.FamilyName, person.Surname).SetClaim(Claims.GivenName, person.Name)
                .SetClaim(Claims.Birthdate, person.Birthdate).SetClaim(Claims.Email, person.Email).SetClaim(Claims.PhoneNumber, person.Phone);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EsiDbContext>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientType = ClientTypes.Public,
                RedirectUris = { new Uri(redirectUri) },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Phone,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        await app.StartAsync();
        return new TestEsiProvider(app, folder, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class EsiDbContext(DbContextOptions<EsiDbContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseOpenIddict();
    }
}
