using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Replaces OpenIddict's post_logout_redirect_uri check the way <see cref="SameOriginRedirectUriHandler"/> replaces the
/// redirect_uri one: a registered absolute URI, or a registered path (the portal's <c>/</c>) on the server's own origin.
/// </summary>
internal sealed class SameOriginPostLogoutRedirectUriHandler(IOpenIddictApplicationManager applications)
    : IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public const string PathsProperty = "kyzmat_same_origin_post_logout_paths";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .UseScopedHandler<SameOriginPostLogoutRedirectUriHandler>()
            .SetOrder(OpenIddictServerHandlers.Session.ValidateClientPostLogoutRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        if (string.IsNullOrEmpty(context.PostLogoutRedirectUri))
        {
            return;
        }

        var request = context.Transaction.GetHttpRequest();
        if (!string.IsNullOrEmpty(context.ClientId))
        {
            // The client named itself: only its own registered URIs and paths, and only if it may end sessions.
            var client = await applications.FindByClientIdAsync(context.ClientId);
            if (client is not null
                && await applications.HasPermissionAsync(client, OpenIddictConstants.Permissions.Endpoints.EndSession)
                && (await applications.ValidatePostLogoutRedirectUriAsync(client, context.PostLogoutRedirectUri)
                    || await SameOriginRedirectUriHandler.IsRegisteredPathAsync(applications, client, PathsProperty, context.PostLogoutRedirectUri, request)))
            {
                return;
            }

            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The specified 'post_logout_redirect_uri' is not valid for this client application.");
            return;
        }

        await foreach (var _ in applications.FindByPostLogoutRedirectUriAsync(context.PostLogoutRedirectUri))
        {
            return;
        }

        await foreach (var application in applications.ListAsync())
        {
            if (await SameOriginRedirectUriHandler.IsRegisteredPathAsync(applications, application, PathsProperty, context.PostLogoutRedirectUri, request))
            {
                return;
            }
        }

        context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The specified 'post_logout_redirect_uri' is not valid.");
    }
}
