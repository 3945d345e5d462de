using System.Security.Claims;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Replaces a staff member's role claims from the token (<c>admin</c>, <c>hr</c>, <c>hr_body</c>) by the grants in the
/// database now. Only a principal whose token says <c>admin</c> or <c>hr</c> is looked up — one indexed read of
/// <c>role_grants</c> by citizen, once per request (the authentication handler's result is kept for the request) — so
/// citizens cost nothing, and a grant given since the token was issued still waits for the next token.
/// </summary>
internal static class StaffRoles
{
    public static async Task RefreshAsync(ClaimsPrincipal principal, KyzmatDbContext db, CancellationToken cancellationToken)
    {
        var staff = principal.Identities.SelectMany(i => i.FindAll(c => IsStaffRole(i, c))).Any();
        if (!staff || !Guid.TryParse(principal.FindFirst(Claims.Subject)?.Value, out var citizenId))
        {
            return;
        }

        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.CitizenId == citizenId)
            .Select(g => new { g.Role, Body = g.StateBody == null ? null : g.StateBody.Code })
            .ToListAsync(cancellationToken);
        var identity = principal.Identities.First();
        foreach (var each in principal.Identities)
        {
            foreach (var claim in each.FindAll(c => IsStaffRole(each, c) || c.Type == KyzmatIdentityDefaults.HrBodyClaim).ToList())
            {
                each.RemoveClaim(claim);
            }
        }

        // A lead reviewer reviews their body too (decision 0106).
        foreach (var role in grants.Select(g => g.Role).SelectMany(r => r == KyzmatRoles.HrLead ? new[] { r, KyzmatRoles.Hr } : [r]).Distinct())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }

        foreach (var body in grants.Where(g => (g.Role is KyzmatRoles.Hr or KyzmatRoles.HrLead) && g.Body is not null).Select(g => g.Body!).Distinct())
        {
            identity.AddClaim(new Claim(KyzmatIdentityDefaults.HrBodyClaim, body));
        }
    }

    private static bool IsStaffRole(ClaimsIdentity identity, Claim claim) =>
        (claim.Type == identity.RoleClaimType || claim.Type == Claims.Role) && claim.Value is KyzmatRoles.Admin or KyzmatRoles.Hr or KyzmatRoles.HrLead;
}
