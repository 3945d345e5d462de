using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Client;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Upstream;

/// <summary>OpenIddict's client, registered with the one provider ЕСИ: code + PKCE, answers by form_post.</summary>
internal static class EsiClient
{
    public static void Configure(
        OpenIddictClientBuilder client, EsiOptions esi, bool requireHttps)
    {
        if (!Uri.TryCreate(esi.Authority, UriKind.Absolute, out var issuer))
        {
            throw new KyzmatConfigurationException(
                "Kyzmat:Identity:Upstream is Esi, but Kyzmat:Identity:Esi:Authority (the provider's issuer URL) is not set.");
        }

        client.AllowAuthorizationCodeFlow();
        client.SetRedirectionEndpointUris(EsiFederation.CallbackPath.TrimStart('/'));
        Server.ServerKeyCredentials.AddToClient(client.Services);
        var aspNetCore = client.UseAspNetCore().EnableRedirectionEndpointPassthrough();
        if (!requireHttps)
        {
            // Plain HTTP (development, tests): the correlation cookie cannot be Secure-only there.
            aspNetCore.DisableTransportSecurityRequirement();
            aspNetCore.Configure(o => o.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        }

        client.UseSystemNetHttp();
        var registration = new OpenIddictClientRegistration
        {
            Issuer = issuer,
            ProviderName = EsiFederation.ProviderName,
            ClientId = esi.ClientId,
            ClientSecret = string.IsNullOrEmpty(esi.ClientSecret) ? null : esi.ClientSecret,
            RedirectUri = new Uri(EsiFederation.CallbackPath.TrimStart('/'), UriKind.Relative),
        };
        registration.Scopes.UnionWith(esi.Scopes);
        registration.ResponseModes.Add(ResponseModes.FormPost);
        registration.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
        client.AddRegistration(registration);
    }
}
