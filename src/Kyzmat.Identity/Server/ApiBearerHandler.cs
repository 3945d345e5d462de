using System.Text.Encodings.Web;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenIddict.Validation.AspNetCore;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The API's scheme (<see cref="KyzmatIdentityDefaults.ApiScheme"/>): a bearer token seen before is taken from
/// <see cref="ValidatedAccessTokens"/> and only its entries are checked; a new one goes through OpenIddict's validation,
/// whose verdict is kept. Challenges and forbids are OpenIddict's (decision 0200).
/// </summary>
internal sealed class ApiBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ValidatedAccessTokens validated, KyzmatDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // No bearer token: OpenIddict decides (it answers "no result").
            return await OpenIddictAsync(null);
        }

        var token = header[BearerPrefix.Length..].Trim();
        if (!validated.TryGet(token, out var known))
        {
            return await OpenIddictAsync(token);
        }

        if (await AccessTokenEntries.RefusalAsync(db, known.TokenId, known.AuthorizationId, Context.RequestAborted) is not null)
        {
            // Revoked since: OpenIddict's validation refuses it again (logged by AccessTokenEntriesHandler), so its
            // challenge answers with the reason, as for any token it refused itself.
            validated.Remove(token);
            return await OpenIddictAsync(null);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(known.Ticket.Principal.Clone(), known.Ticket.Properties.Clone(), Scheme.Name));
    }

    private async Task<AuthenticateResult> OpenIddictAsync(string? token)
    {
        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return result;
        }

        if (token is not null)
        {
            validated.Add(token, result.Ticket);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(result.Ticket.Principal.Clone(), result.Ticket.Properties.Clone(), Scheme.Name));
    }
}
