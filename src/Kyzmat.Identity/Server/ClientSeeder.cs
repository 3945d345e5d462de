using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Server;

/// <summary>Creates or updates the configured client applications; running it again changes nothing.</summary>
internal sealed class ClientSeeder(IOpenIddictApplicationManager applications, IOptions<KyzmatIdentityOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var clients = options.Value.Clients.Count > 0 ? options.Value.Clients : [KyzmatIdentityOptions.DefaultWebClient()];
        foreach (var client in clients.Where(c => !string.IsNullOrWhiteSpace(c.ClientId)))
        {
            var descriptor = Describe(client);
            var existing = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Describe(ClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = string.IsNullOrEmpty(client.ClientSecret) ? null : client.ClientSecret,
            ClientType = string.IsNullOrEmpty(client.ClientSecret) ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.DisplayName ?? client.ClientId,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Phone,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        var paths = new List<string>();
        foreach (var uri in client.RedirectUris)
        {
            if (uri.StartsWith('/'))
            {
                paths.Add(uri);
            }
            else
            {
                descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
            }
        }

        var logoutPaths = new List<string>();
        foreach (var uri in client.PostLogoutRedirectUris)
        {
            if (uri.StartsWith('/'))
            {
                logoutPaths.Add(uri);
            }
            else
            {
                descriptor.PostLogoutRedirectUris.Add(new Uri(uri, UriKind.Absolute));
            }
        }

        descriptor.Properties[SameOriginRedirectUriHandler.PathsProperty] = JsonSerializer.SerializeToElement(paths);
        descriptor.Properties[SameOriginPostLogoutRedirectUriHandler.PathsProperty] = JsonSerializer.SerializeToElement(logoutPaths);
        return descriptor;
    }
}
