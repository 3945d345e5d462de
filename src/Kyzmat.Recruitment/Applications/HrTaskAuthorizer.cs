using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Who may claim and complete a user task: its assignee (the applicant's own steps), an HR reviewer of a body in its
/// candidate groups (<c>hr:&lt;body code&gt;</c>), or an administrator. Nobody completes a task that is not theirs,
/// and no reviewer acts on a group task of their own application (conflict of interest).
/// </summary>
public sealed class HrTaskAuthorizer(IServiceScopeFactory scopes) : IUserTaskAuthorizer
{
    public Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct) => MayActAsync(task, userId, ct);

    public async Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct)
    {
        // A claimed group task is the claimant's to complete.
        if (task.Assignee is not null && task.CandidateGroups.Count > 0 && task.Assignee != userId)
        {
            return false;
        }

        return await MayActAsync(task, userId, ct);
    }

    private async Task<bool> MayActAsync(UserTaskInfo task, string userId, CancellationToken ct)
    {
        if (task.Assignee == userId || task.CandidateUsers.Contains(userId))
        {
            return true;
        }

        if (!Guid.TryParse(userId, out var id) || (task.CandidateGroups.Count == 0 && task.Assignee is not null))
        {
            return false;
        }

        // The authorizer is a singleton; a scope of its own keeps it off the caller's unit of work.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var hr = await HrScope.OfAsync(db, id, ct);
        return task.CandidateGroups.Count > 0 && hr.CoversAnyGroupOf(task.CandidateGroups)
            && !await ConflictOfInterest.IsOwnAsync(db, id, task.BusinessKey, ct);
    }
}
