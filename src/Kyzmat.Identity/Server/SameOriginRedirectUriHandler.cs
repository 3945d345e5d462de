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

        if (await IsRegisteredPathAsync(applications, application, PathsProperty, context.RedirectUri, context.Transaction.GetHttpRequest()))
        {
            return;
        }

        context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The specified 'redirect_uri' is not valid for this client application.");
    }

    /// <summary>Whether <paramref name="uri"/> is on the request's own origin with a path the client registered under <paramref name="property"/>.</summary>
    internal static async ValueTask<bool> IsRegisteredPathAsync(
        IOpenIddictApplicationManager applications, object application, string property, string uri, Microsoft.AspNetCore.Http.HttpRequest? request)
    {
        var properties = await applications.GetPropertiesAsync(application);
        return request is not null
            && properties.TryGetValue(property, out var paths) && paths.ValueKind == JsonValueKind.Array
            && Uri.TryCreate(uri, UriKind.Absolute, out var target)
            && string.IsNullOrEmpty(target.Fragment)
            && string.Equals(target.GetLeftPart(UriPartial.Authority), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            && paths.EnumerateArray().Any(p => string.Equals(p.GetString(), target.AbsolutePath, StringComparison.Ordinal));
    }
}
