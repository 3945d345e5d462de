using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// What a person may see and act on: the state bodies of their HR grants (and those they lead), or everything for an
/// administrator; their PIN is the name diagrams use for them in <c>candidateUsers</c> and <c>assignee</c>.
/// </summary>
public sealed record HrScope(bool IsAdmin, IReadOnlyList<HrBody> Bodies)
{
    /// <summary>The bodies whose tasks this person assigns to colleagues (<see cref="KyzmatRoles.HrLead"/>).</summary>
    public IReadOnlyList<HrBody> LeadBodies { get; init; } = [];

    public string? Pin { get; init; }

    public bool IsReviewer => IsAdmin || Bodies.Count > 0;

    /// <summary>The candidate groups of the reviewer's tasks; null for an administrator (every group).</summary>
    public IReadOnlyList<string>? CandidateGroups => IsAdmin ? null : [.. Bodies.Select(b => ApplicationLifecycle.HrGroupOf(b.Code))];

    /// <summary>The bodies' ids; null for an administrator (every body).</summary>
    public IReadOnlyList<Guid>? StateBodyIds => IsAdmin ? null : [.. Bodies.Select(b => b.Id)];

    public bool Covers(Guid stateBodyId) => IsAdmin || Bodies.Any(b => b.Id == stateBodyId);

    public bool CoversAnyGroupOf(IEnumerable<string> candidateGroups) =>
        IsAdmin || candidateGroups.Any(g => Bodies.Any(b => ApplicationLifecycle.HrGroupOf(b.Code) == g));

    /// <summary>An administrator, or the lead reviewer of a body the task is offered to.</summary>
    public bool LeadsAnyGroupOf(IEnumerable<string> candidateGroups) =>
        IsAdmin || candidateGroups.Any(g => LeadBodies.Any(b => ApplicationLifecycle.HrGroupOf(b.Code) == g));

    /// <summary>Who this person is to the engine's task list (decision 0106): their id and PIN, their bodies' groups.</summary>
    public UserTaskActor ActorOf(Guid userId) => new(
        userId.ToString(),
        Pin is { Length: > 0 } pin ? [pin] : [],
        IsAdmin ? null : CandidateGroups);

    /// <summary>Read from the grants in the database (not from the token), so a revoked grant takes effect at once.</summary>
    public static async Task<HrScope> OfAsync(KyzmatDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var citizen = await db.Citizens.AsNoTracking().Where(c => c.Id == userId)
            .Select(c => new { c.Pin, Grants = c.Roles.Select(g => new { g.Role, g.StateBodyId, Code = g.StateBody == null ? null : g.StateBody.Code }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        var grants = citizen?.Grants ?? [];
        var pin = citizen?.Pin;
        HrBody[] BodiesOf(params string[] roles) =>
            [.. grants.Where(g => roles.Contains(g.Role) && g.StateBodyId is not null && g.Code is not null).Select(g => new HrBody(g.StateBodyId!.Value, g.Code!)).Distinct()];
        return new HrScope(grants.Any(g => g.Role == KyzmatRoles.Admin), BodiesOf(KyzmatRoles.Hr, KyzmatRoles.HrLead))
        {
            LeadBodies = BodiesOf(KyzmatRoles.HrLead),
            Pin = pin,
        };
    }
}

public sealed record HrBody(Guid Id, string Code);
