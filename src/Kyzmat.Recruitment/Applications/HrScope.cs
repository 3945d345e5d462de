using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>What a reviewer may see and act on: the state bodies of their HR grants, or everything for an administrator.</summary>
public sealed record HrScope(bool IsAdmin, IReadOnlyList<HrBody> Bodies)
{
    public bool IsReviewer => IsAdmin || Bodies.Count > 0;

    /// <summary>The candidate groups of the reviewer's tasks; null for an administrator (every group).</summary>
    public IReadOnlyList<string>? CandidateGroups => IsAdmin ? null : [.. Bodies.Select(b => ApplicationLifecycle.HrGroupOf(b.Code))];

    /// <summary>The bodies' ids; null for an administrator (every body).</summary>
    public IReadOnlyList<Guid>? StateBodyIds => IsAdmin ? null : [.. Bodies.Select(b => b.Id)];

    public bool Covers(Guid stateBodyId) => IsAdmin || Bodies.Any(b => b.Id == stateBodyId);

    public bool CoversAnyGroupOf(IEnumerable<string> candidateGroups) =>
        IsAdmin || candidateGroups.Any(g => Bodies.Any(b => ApplicationLifecycle.HrGroupOf(b.Code) == g));

    /// <summary>Read from the grants in the database (not from the token), so a revoked grant takes effect at once.</summary>
    public static async Task<HrScope> OfAsync(KyzmatDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.CitizenId == userId)
            .Select(g => new { g.Role, g.StateBodyId, Code = g.StateBody == null ? null : g.StateBody.Code })
            .ToListAsync(cancellationToken);
        return new HrScope(
            grants.Any(g => g.Role == KyzmatRoles.Admin),
            [.. grants.Where(g => g.Role == KyzmatRoles.Hr && g.StateBodyId is not null && g.Code is not null).Select(g => new HrBody(g.StateBodyId!.Value, g.Code!))]);
    }
}

public sealed record HrBody(Guid Id, string Code);
