using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// Administrators grant and revoke roles: HR reviewer or lead reviewer of a state body, or administrator. A grant takes effect with the
/// person's next token (claims are read afresh at every code or refresh-token exchange). Nobody revokes their own
/// administrator role, and the last administrator stays one, so the portal is never left without one.
/// </summary>
public sealed class RoleAdministration(KyzmatDbContext db, TimeProvider clock)
{
    public sealed record Grant(Guid Id, Guid CitizenId, string CitizenName, string Pin, string Role, Guid? StateBodyId, DateTimeOffset GrantedAt);

    public async Task<IReadOnlyList<Grant>> ListAsync(Guid actorId, Guid? stateBodyId, CancellationToken cancellationToken)
    {
        await RequireAdministratorAsync(actorId, cancellationToken);
        var grants = db.RoleGrants.AsNoTracking();
        if (stateBodyId is { } body)
        {
            grants = grants.Where(g => g.StateBodyId == body);
        }

        var rows = await grants
            .Join(db.Citizens, g => g.CitizenId, c => c.Id, (g, c) => new { g, c.Surname, c.Name, c.Patronymic, c.Pin })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new Grant(r.g.Id, r.g.CitizenId, string.Join(' ', new[] { r.Surname, r.Name, r.Patronymic }.Where(p => !string.IsNullOrEmpty(p))), r.Pin, r.g.Role, r.g.StateBodyId, r.g.GrantedAt))
            .OrderBy(g => g.Role, StringComparer.Ordinal).ThenBy(g => g.CitizenName, StringComparer.CurrentCulture)];
    }

    /// <summary>Grants the role; granting one the person already has changes nothing and answers the existing grant.</summary>
    public async Task<Grant> GrantAsync(Guid actorId, string pin, string role, Guid? stateBodyId, CancellationToken cancellationToken)
    {
        await RequireAdministratorAsync(actorId, cancellationToken);
        if (!(((role is KyzmatRoles.Hr or KyzmatRoles.HrLead) && stateBodyId is not null) || (role == KyzmatRoles.Admin && stateBodyId is null)))
        {
            throw new UserInputException(UserErrorCodes.RoleInvalid);
        }

        var citizen = await db.Citizens.AsNoTracking().SingleOrDefaultAsync(c => c.Pin == pin.Trim(), cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.CitizenNotFound);
        if (stateBodyId is { } body && !await db.StateBodies.AnyAsync(b => b.Id == body, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }

        var existing = await db.RoleGrants.AsNoTracking().OrderBy(g => g.GrantedAt)
            .FirstOrDefaultAsync(g => g.CitizenId == citizen.Id && g.Role == role && g.StateBodyId == stateBodyId, cancellationToken);
        if (existing is null)
        {
            existing = new RoleGrant { CitizenId = citizen.Id, Role = role, StateBodyId = stateBodyId, GrantedAt = clock.GetUtcNow() };
            db.RoleGrants.Add(existing);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same grant made at the same moment by another administrator: answer that one.
                db.ChangeTracker.Clear();
                existing = await db.RoleGrants.AsNoTracking().OrderBy(g => g.GrantedAt)
                    .FirstAsync(g => g.CitizenId == citizen.Id && g.Role == role && g.StateBodyId == stateBodyId, cancellationToken);
            }
        }

        return new Grant(existing.Id, citizen.Id, citizen.FullName, citizen.Pin, existing.Role, existing.StateBodyId, existing.GrantedAt);
    }

    /// <summary>Revokes a grant; false when there was none.</summary>
    public async Task<bool> RevokeAsync(Guid grantId, Guid actorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two administrators revoking each other at once must not leave none: a no-op update of every admin grant
        // locks those rows (PostgreSQL, SQL Server) or the database (SQLite) until this transaction ends, so the
        // second revocation counts after the first one has committed — and the caller's own grant is checked after
        // that too, so an administrator revoked a moment ago cannot still revoke someone else.
        await db.RoleGrants.Where(g => g.Role == KyzmatRoles.Admin).ExecuteUpdateAsync(u => u.SetProperty(g => g.Role, g => g.Role), cancellationToken);
        await RequireAdministratorAsync(actorId, cancellationToken);
        var grant = await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        if (grant.Role == KyzmatRoles.Admin
            && (grant.CitizenId == actorId || await db.RoleGrants.CountAsync(g => g.Role == KyzmatRoles.Admin, cancellationToken) <= 1))
        {
            throw new UserInputException(UserErrorCodes.LastAdministrator);
        }

        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The caller's administrator grant as the database has it now, not as their token said when it was issued: a
    /// revoked administrator cannot use the rest of their token's life to grant themselves the role back.
    /// </summary>
    public async Task RequireAdministratorAsync(Guid actorId, CancellationToken cancellationToken)
    {
        if (!await db.RoleGrants.AnyAsync(g => g.CitizenId == actorId && g.Role == KyzmatRoles.Admin, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.Forbidden);
        }
    }
}
