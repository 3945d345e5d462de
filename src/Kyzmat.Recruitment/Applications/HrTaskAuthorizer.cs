using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Who may act on a user task (decision 0106): whoever it is assigned to or offered to by id or PIN (the applicant's own
/// steps, a diagram's candidate users), an HR reviewer of a body in its candidate groups (<c>hr:&lt;body code&gt;</c>), or
/// an administrator. A claimed task is its assignee's to complete; assigning it to a colleague or taking it back from
/// someone is for the lead reviewer of such a body or an administrator. No reviewer acts on their own application
/// (conflict of interest).
/// </summary>
public sealed class HrTaskAuthorizer(IServiceScopeFactory scopes) : IUserTaskAuthorizer
{
    public async Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MayActAsync(scope.ServiceProvider.GetRequiredService<KyzmatDbContext>(), task, userId, ct);
    }

    public async Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        // A claimed group (or candidate users') task is the claimant's to complete.
        if (task.Assignee is { } assignee && assignee != userId && (task.CandidateGroups.Count > 0 || task.CandidateUsers.Count > 0)
            && !(await ActorOfAsync(db, userId, ct)).Names.Contains(assignee))
        {
            return false;
        }

        return await MayActAsync(db, task, userId, ct);
    }

    public async Task<bool> CanAssignAsync(UserTaskInfo task, string actorId, string? assignee, CancellationToken ct)
    {
        if (!Guid.TryParse(actorId, out var actor))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var hr = await HrScope.OfAsync(db, actor, ct);
        if (task.CandidateGroups.Count == 0 || !hr.LeadsAnyGroupOf(task.CandidateGroups) || await ConflictOfInterest.IsOwnAsync(db, actor, task.BusinessKey, ct))
        {
            return false;
        }

        // Only to someone who could claim it themselves.
        return assignee is null || await MayActAsync(db, task with { Assignee = null }, assignee, ct);
    }

    public async Task<UserTaskActor> ActorAsync(string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ActorOfAsync(scope.ServiceProvider.GetRequiredService<KyzmatDbContext>(), userId, ct);
    }

    // The authorizer is a singleton; a scope of its own keeps its reads off the caller's unit of work.
    private static async Task<UserTaskActor> ActorOfAsync(KyzmatDbContext db, string userId, CancellationToken ct) =>
        Guid.TryParse(userId, out var id) ? (await HrScope.OfAsync(db, id, ct)).ActorOf(id) : new UserTaskActor(userId, [], []);

    private static async Task<bool> MayActAsync(KyzmatDbContext db, UserTaskInfo task, string userId, CancellationToken ct)
    {
        // The applicant's own steps (and any step a diagram assigns to this id) without a look-up.
        if (task.Assignee == userId)
        {
            return true;
        }

        var actor = await ActorOfAsync(db, userId, ct);
        if (task.Assignee is { } assignee && actor.Names.Contains(assignee))
        {
            return true;
        }

        return actor.IsCandidateFor(task)
            && !(Guid.TryParse(userId, out var id) && await ConflictOfInterest.IsOwnAsync(db, id, task.BusinessKey, ct));
    }
}
