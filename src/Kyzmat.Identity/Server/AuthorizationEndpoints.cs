using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Server;

/// <summary>The OpenID Connect endpoints that need our code: authorization, token exchange and end-session.</summary>
internal static class AuthorizationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).ExcludeFromDescription();
        app.MapPost("/connect/token", (Delegate)ExchangeAsync).ExcludeFromDescription();
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, KyzmatDbContext db)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await context.AuthenticateAsync(KyzmatIdentityDefaults.SessionScheme);
        var mustSignIn = !session.Succeeded || request.HasPromptValue(PromptValues.Login) && context.Request.Query["kyzmat_fresh"] != "1";
        if (mustSignIn)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            // Back here after the sign-in pages, with the same parameters (prompt=login answered once).
            var parameters = request.GetParameters()
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))
                .Append(KeyValuePair.Create("kyzmat_fresh", (string?)(request.HasPromptValue(PromptValues.Login) ? "1" : null)))
                .Where(p => p.Value is not null);
            var returnUrl = context.Request.PathBase + "/connect/authorize" + QueryString.Create(parameters);
            var lang = request.UiLocales is { Length: > 0 } ui ? "&lang=" + Uri.EscapeDataString(ui.Split(' ')[0]) : "";
            return Results.Redirect("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl) + lang);
        }

        var identity = Guid.TryParse(session.Principal!.FindFirst("sub")?.Value, out var id)
            ? await CitizenClaims.BuildAsync(db, id, request.GetScopes(), context.RequestAborted)
            : null;
        if (identity is null)
        {
            await context.SignOutAsync(KyzmatIdentityDefaults.SessionScheme);
            return Forbid(Errors.LoginRequired, "The account no longer exists.");
        }

        return Results.SignIn(new(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, KyzmatDbContext db)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Forbid(Errors.UnsupportedGrantType, "Only the authorization code and refresh token grants are supported.");
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var identity = result.Principal is { } principal && Guid.TryParse(principal.GetClaim(Claims.Subject), out var id)
            ? await CitizenClaims.BuildAsync(db, id, principal.GetScopes(), context.RequestAborted)
            : null;
        return identity is null
            ? Forbid(Errors.InvalidGrant, "The account no longer exists.")
            : Results.SignIn(new(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(KyzmatIdentityDefaults.SessionScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
