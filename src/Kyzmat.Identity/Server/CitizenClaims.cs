using System.Globalization;
using System.Security.Claims;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The identity put in tokens: subject, names, date of birth, e-mail, phone (by scope), and the roles — always
/// <c>citizen</c>, plus <c>hr</c> (with one <c>hr_body</c> claim per state body) and <c>admin</c> as granted.
/// Read afresh from the database at every code or refresh-token exchange, so role changes travel with the next token.
/// </summary>
internal static class CitizenClaims
{
    public static async Task<ClaimsIdentity?> BuildAsync(KyzmatDbContext db, Guid citizenId, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var citizen = await db.Citizens.AsNoTracking().Include(c => c.Roles).ThenInclude(r => r.StateBody)
            .SingleOrDefaultAsync(c => c.Id == citizenId, cancellationToken);
        if (citizen is null)
        {
            return null;
        }

        var identity = new ClaimsIdentity(authenticationType: "Kyzmat", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, citizen.Id.ToString())
            .SetClaim(Claims.Name, citizen.FullName)
            .SetClaim(Claims.FamilyName, citizen.Surname)
            .SetClaim(Claims.GivenName, citizen.Name)
            .SetClaim(Claims.MiddleName, citizen.Patronymic)
            .SetClaim(Claims.Birthdate, citizen.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .SetClaim(Claims.Locale, citizen.PreferredLanguage)
            .SetClaim("pin", citizen.Pin)
            .SetClaim(Claims.Email, citizen.EmailConfirmed ? citizen.Email : null)
            .SetClaim(Claims.EmailVerified, citizen.EmailConfirmed)
            .SetClaim(Claims.PhoneNumber, citizen.Phone);
        var roles = new List<string> { KyzmatRoles.Citizen };
        // A lead reviewer reviews their body too (decision 0106): the web's HR workspace goes by the hr role and hr_body.
        roles.AddRange(citizen.Roles.Select(r => r.Role).SelectMany(r => r == KyzmatRoles.HrLead ? new[] { r, KyzmatRoles.Hr } : [r]).Distinct());
        identity.SetClaims(Claims.Role, [.. roles]);
        identity.SetClaims(KyzmatIdentityDefaults.HrBodyClaim,
            [.. citizen.Roles.Where(r => (r.Role is KyzmatRoles.Hr or KyzmatRoles.HrLead) && r.StateBody is not null).Select(r => r.StateBody!.Code).Distinct()]);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return identity;
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity)
    {
        var scope = claim.Type switch
        {
            Claims.Name or Claims.FamilyName or Claims.GivenName or Claims.MiddleName or Claims.Birthdate or Claims.Locale or "pin" => Scopes.Profile,
            Claims.Email or Claims.EmailVerified => Scopes.Email,
            Claims.PhoneNumber => Scopes.Phone,
            Claims.Role or KyzmatIdentityDefaults.HrBodyClaim => Scopes.Roles,
            _ => null,
        };
        if (claim.Type == Claims.Subject)
        {
            return [Destinations.AccessToken, Destinations.IdentityToken];
        }

        if (scope is null)
        {
            return [];
        }

        // Roles and the PIN always reach the API; the rest only when the client asked for the scope.
        if (claim.Type is Claims.Role or KyzmatIdentityDefaults.HrBodyClaim or "pin")
        {
            return identity.HasScope(scope) ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken];
        }

        return identity.HasScope(scope) ? [Destinations.AccessToken, Destinations.IdentityToken] : [];
    }
}
