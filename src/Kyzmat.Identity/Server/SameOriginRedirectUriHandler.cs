using System.Text.Json;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Replaces OpenIddict's redirect_uri check: besides the registered absolute URIs, a client may register paths
/// (kept in its properties) that are valid on the server's own origin — so the portal's <c>/auth/callback</c> works
/// at whatever address the host is reached.
/// </summary>
internal sealed class SameOriginRedirectUriHandler(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public const string PathsProperty = "kyzmat_same_origin_redirect_paths";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseScopedHandler<SameOriginRedirectUriHandler>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var application = await applications.FindByClientIdAsync(context.ClientId!);
        if (application is null || string.IsNullOrEmpty(context.RedirectUri))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The 'redirect_uri' parameter is missing or the client is unknown.");
            return;
        }

        if (await applications.ValidateRedirectUriAsync(application, context.RedirectUri))
        {
            return;
        }

        var request = context.Transaction.GetHttpRequest();
        var properties = await applications.GetPropertiesAsync(application);
        if (request is not null
            && properties.TryGetValue(PathsProperty, out var paths) && paths.ValueKind == JsonValueKind.Array
            && Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var redirect)
            && string.IsNullOrEmpty(redirect.Fragment)
            && string.Equals(redirect.GetLeftPart(UriPartial.Authority), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            && paths.EnumerateArray().Any(p => string.Equals(p.GetString(), redirect.AbsolutePath, StringComparison.Ordinal)))
        {
            return;
        }

        context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The specified 'redirect_uri' is not valid for this client application.");
    }
}
