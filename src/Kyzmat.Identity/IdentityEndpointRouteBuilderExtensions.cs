using Kyzmat.Identity.Outbox;
using Kyzmat.Identity.Server;
using Kyzmat.Identity.Pages;
using Kyzmat.Identity.SignIn;
using Kyzmat.Identity.Upstream;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity;

public static class IdentityEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the sign-in pages (<c>/account/…</c>, their stylesheet too), the OpenID Connect endpoints (<c>/connect/…</c>, discovery at
    /// <c>/.well-known/openid-configuration</c>), <c>/api/me</c> and, in Development, <c>/dev/outbox</c>.
    /// Call after UseAuthentication and UseAuthorization.
    /// </summary>
    public static WebApplication MapKyzmatIdentity(this WebApplication app)
    {
        app.UseRateLimiter();
        const string policy = IdentityServiceCollectionExtensions.SignInRateLimitPolicy;
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapGet("/signin", (HttpContext context, string? returnUrl) => PasswordStep.Show(context, returnUrl));
        account.MapPost("/signin", (Delegate)PasswordStep.SubmitAsync).RequireRateLimiting(policy);
        account.MapGet("/method", (Delegate)PasswordStep.ShowMethodAsync);
        account.MapPost("/method", (Delegate)PasswordStep.ChooseMethodAsync).RequireRateLimiting(policy);
        account.MapGet("/email", (Delegate)CodeStep.ShowEmailAsync);
        account.MapPost("/email", (Delegate)CodeStep.SendCodeAsync).RequireRateLimiting(policy);
        account.MapGet("/code", (Delegate)CodeStep.ShowCodeAsync);
        account.MapPost("/code", (Delegate)CodeStep.CheckCodeAsync).RequireRateLimiting(policy);
        account.MapGet("/done", (Delegate)CodeStep.DoneAsync);
        account.MapPost("/esi", async (HttpContext context) => await Forms.ReadAsync(context) is { } form
            ? EsiFederation.Start(context, form["returnUrl"].ToString())
            : PasswordStep.Expired(context, Pages.UiLanguage.Of(context))).RequireRateLimiting(policy);
        account.MapMethods("/esi/callback", [HttpMethods.Get, HttpMethods.Post], (Delegate)EsiFederation.CallbackAsync);
        app.MapMethods(AccountStylesheet.Path, [HttpMethods.Get, HttpMethods.Head], (Delegate)AccountStylesheet.Serve).ExcludeFromDescription();
        AuthorizationEndpoints.Map(app);

        // The smallest API call that an access token opens: who am I, with which roles.
        app.MapGet("/api/me", [Authorize(AuthenticationSchemes = KyzmatIdentityDefaults.ApiScheme)] (HttpContext context) => Results.Json(new
        {
            sub = context.User.GetClaim(Claims.Subject),
            name = context.User.GetClaim(Claims.Name),
            roles = context.User.GetClaims(Claims.Role),
            hrBodies = context.User.GetClaims(KyzmatIdentityDefaults.HrBodyClaim),
        })).ExcludeFromDescription();

        if (app.Environment.IsDevelopment())
        {
            // Codes are listed there: only for a browser on the host's own machine.
            app.MapGet("/dev/outbox", (Delegate)OutboxPage.ShowAsync).AddEndpointFilter(async (context, next) =>
                OutboxPage.IsFromThisMachine(context.HttpContext) ? await next(context) : Results.NotFound()).ExcludeFromDescription();
        }

        return app;
    }
}
