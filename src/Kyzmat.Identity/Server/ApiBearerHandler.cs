using System.Security.Claims;
using System.Text.Encodings.Web;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenIddict.Validation.AspNetCore;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The API's scheme (<see cref="KyzmatIdentityDefaults.ApiScheme"/>): a bearer token seen before at this address is
/// taken from <see cref="ValidatedAccessTokens"/> and only its entries are checked; a new one goes through OpenIddict's
/// validation, whose verdict is kept. Challenges and forbids are OpenIddict's (decision 0200).
/// The staff roles a token carries (<c>admin</c>, <c>hr</c> and its <c>hr_body</c> claims) are replaced by the grants
/// the database has now (<see cref="StaffRoles"/>), so a revoked role stops working at once, not when the token expires.
/// </summary>
internal sealed class ApiBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ValidatedAccessTokens validated)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    // As OpenIddict reads it (ExtractAccessTokenFromAuthorizationHeader): the rest of the header, not trimmed.
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // No bearer token: OpenIddict decides (it answers "no result").
            return await OpenIddictAsync(null);
        }

        // OpenIddict checks a token's issuer against the address it is used at (no fixed issuer is configured), so a
        // validation holds for that address only.
        var key = new ValidatedAccessTokens.Key(header[BearerPrefix.Length..], $"{Request.Scheme}://{Request.Host}{Request.PathBase}");
        if (!validated.TryGet(key, out var known))
        {
            return await OpenIddictAsync(key);
        }

        var db = Context.RequestServices.GetRequiredService<KyzmatDbContext>();
        if (await AccessTokenEntries.RefusalAsync(db, known.TokenId, known.AuthorizationId, Context.RequestAborted) is not null)
        {
            // Revoked since: OpenIddict's validation refuses it again (logged by AccessTokenEntriesHandler), so its
            // challenge answers with the reason, as for any token it refused itself.
            validated.Remove(key);
            return await OpenIddictAsync(null);
        }

        return await SuccessAsync(known.Ticket);
    }

    private async Task<AuthenticateResult> OpenIddictAsync(ValidatedAccessTokens.Key? key)
    {
        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return result;
        }

        if (key is not null)
        {
            validated.Add(key, result.Ticket);
        }

        return await SuccessAsync(result.Ticket);
    }

    // Each request gets its own identities and claims: the kept ticket is never handed out.
    private async Task<AuthenticateResult> SuccessAsync(AuthenticationTicket ticket)
    {
        var principal = new ClaimsPrincipal(ticket.Principal.Identities.Select(identity => identity.Clone()));
        await StaffRoles.RefreshAsync(principal, Context.RequestServices.GetRequiredService<KyzmatDbContext>(), Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ticket.Properties.Clone(), Scheme.Name));
    }
}
