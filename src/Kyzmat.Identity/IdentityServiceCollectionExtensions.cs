using System.Threading.RateLimiting;
using Kyzmat.Identity.Http;
using Kyzmat.Identity.Server;
using Kyzmat.Identity.SignIn;
using Kyzmat.Identity.Upstream;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity;

public static class IdentityServiceCollectionExtensions
{
    public const string SignInRateLimitPolicy = "kyzmat-sign-in";

    /// <summary>
    /// The identity room: OpenID Connect server and access-token validation (OpenIddict), the sign-in pages, the
    /// upstream identity, lockout and rate limits, sign-in history. Needs the Recruitment room (database, mail).
    /// </summary>
    public static IServiceCollection AddKyzmatIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(KyzmatIdentityOptions.Section);
        services.AddOptions<KyzmatIdentityOptions>().Bind(section);
        var options = section.Get<KyzmatIdentityOptions>() ?? new KyzmatIdentityOptions();
        var data = DataFolder.From(configuration);

        ServerKeys.CheckConfiguration(options, environment.IsProduction());
        KeyRingProtection.Configure(
            services.AddDataProtection().SetApplicationName("Kyzmat").PersistKeysToDbContext<KyzmatDbContext>(), configuration, environment.IsProduction());
        services.AddAntiforgery(o => o.Cookie.Name = "Kyzmat.Antiforgery");
        services.AddSingleton<ValidatedAccessTokens>();
        services.AddAuthentication(KyzmatIdentityDefaults.ApiScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiBearerHandler>(KyzmatIdentityDefaults.ApiScheme, o =>
            {
                o.ForwardChallenge = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                o.ForwardForbid = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddCookie(KyzmatIdentityDefaults.SessionScheme, o =>
            {
                o.Cookie.Name = "Kyzmat.Session";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.LoginPath = "/account/signin";
            })
            .AddCookie(PendingSignIn.Scheme, o =>
            {
                o.Cookie.Name = "Kyzmat.SignIn";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(15);
                o.SlidingExpiration = false;
            });
        services.AddAuthorization();

        var requireHttps = options.RequireHttps ?? environment.IsProduction();
        services.AddSingleton(provider => new ServerKeys(options, provider.GetRequiredService<GeneratedKeys>(), data, environment.IsProduction()));
        ServerKeyCredentials.AddToServer(services);
        var openIddict = services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<KyzmatDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetRevocationEndpointUris("connect/revoke");
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Phone, Scopes.Roles, Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime).SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero); // a refresh token works once: strict rotation
                server.RemoveEventHandler(OpenIddict.Server.OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor);
                server.AddEventHandler(SameOriginRedirectUriHandler.Descriptor);
                server.RemoveEventHandler(OpenIddict.Server.OpenIddictServerHandlers.Session.ValidateClientPostLogoutRedirectUri.Descriptor);
                server.AddEventHandler(SameOriginPostLogoutRedirectUriHandler.Descriptor);
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                // Both entries are checked, in one query, by our handler instead of OpenIddict's own (decision 0200).
                validation.AddEventHandler(AccessTokenEntriesHandler.Descriptor);
            });

        if (options.Upstream == UpstreamKind.Esi)
        {
            openIddict.AddClient(client => EsiClient.Configure(client, options.Esi, requireHttps));
        }

        if (options.Upstream == UpstreamKind.Sandbox && !environment.IsProduction() && (options.AllowSandbox ?? environment.IsDevelopment()))
        {
            services.AddScoped<IUpstreamIdentity, SandboxUpstreamIdentity>();
        }
        else
        {
            // The sandbox is refused in Production, and elsewhere unless allowed (Development allows it by default); the ЕСИ
            // federation is not built yet: sign-in says it is unavailable.
            services.AddSingleton<IUpstreamIdentity, UnavailableUpstreamIdentity>();
        }

        services.AddScoped<SignInGuard>();
        services.AddScoped<ClientSeeder>();
        services.AddTransient<TokenPruningJob>();
        services.AddHostedService<IdentityStartup>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = SignInRateLimit.RejectAsync;
            limiter.AddPolicy(SignInRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientNetwork.LimitKeyOf(context) ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<KyzmatIdentityOptions>>().Value.SignInRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
