using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Who holds a task (decision 0106): claiming and giving back, and a lead reviewer's (or an administrator's) assigning to a
/// colleague. The engine's authorizer (<see cref="HrTaskAuthorizer"/>) checks the same rules again, by any API; the checks
/// here tell a user which rule refused.
/// </summary>
public sealed class HrTaskAssignments(HrInbox inbox, KyzmatDbContext db, IUserTaskService userTasks)
{
    public async Task ClaimAsync(Guid reviewerId, Guid taskId, CancellationToken cancellationToken)
    {
        try
        {
            var task = await userTasks.GetAsync(taskId, cancellationToken);
            if (await ConflictOfInterest.IsOwnAsync(db, reviewerId, task.BusinessKey, cancellationToken))
            {
                throw new UserInputException(UserErrorCodes.ConflictOfInterest);
            }

            await userTasks.ClaimAsync(taskId, reviewerId.ToString(), cancellationToken);
        }
        catch (WorkflowException ex)
        {
            throw ex.Code == WorkflowErrorCodes.NotAuthorized ? new UserInputException(UserErrorCodes.NotFound, ex) : ApplicationTasks.ToUserError(ex);
        }
    }

    /// <summary>Gives the task back (its assignee), or takes it from its assignee (a lead reviewer of its body, an administrator).</summary>
    public async Task UnclaimAsync(HrScope scope, Guid userId, Guid taskId, CancellationToken cancellationToken)
    {
        // A task the caller may not see is not found; one they see but may not take from a colleague is forbidden.
        _ = await inbox.FindAsync(scope, userId, taskId, cancellationToken) ?? throw new UserInputException(UserErrorCodes.NotFound);
        try
        {
            await userTasks.UnclaimAsync(taskId, userId.ToString(), cancellationToken);
        }
        catch (WorkflowException ex)
        {
            throw ex.Code == WorkflowErrorCodes.NotAuthorized ? new UserInputException(UserErrorCodes.Forbidden, ex) : ApplicationTasks.ToUserError(ex);
        }
    }

    /// <summary>
    /// A lead reviewer of the task's body (or an administrator) gives it to a colleague who may act on it themselves:
    /// a reviewer of a body it is offered to, not the applicant.
    /// </summary>
    public async Task AssignAsync(HrScope scope, Guid userId, Guid taskId, Guid assigneeId, CancellationToken cancellationToken)
    {
        var task = await inbox.FindAsync(scope, userId, taskId, cancellationToken) ?? throw new UserInputException(UserErrorCodes.NotFound);
        if (!task.CanAssign)
        {
            throw new UserInputException(UserErrorCodes.Forbidden);
        }

        try
        {
            var info = await userTasks.GetAsync(taskId, cancellationToken);
            var assignee = await HrScope.OfAsync(db, assigneeId, cancellationToken);
            if (!assignee.ActorOf(assigneeId).IsCandidateFor(info with { Assignee = null })
                || await ConflictOfInterest.IsOwnAsync(db, assigneeId, info.BusinessKey, cancellationToken))
            {
                throw new UserInputException(UserErrorCodes.TaskAssigneeNotEligible);
            }

            await userTasks.AssignAsync(taskId, userId.ToString(), assigneeId.ToString(), cancellationToken);
        }
        catch (WorkflowException ex)
        {
            // The authorizer checks again by any API; here it can only refuse what changed since the check above.
            throw ex.Code == WorkflowErrorCodes.NotAuthorized ? new UserInputException(UserErrorCodes.TaskAssigneeNotEligible, ex) : ApplicationTasks.ToUserError(ex);
        }
    }

    /// <summary>The colleagues the caller may give the task to: reviewers of the bodies it is offered to, except its applicant.</summary>
    public async Task<IReadOnlyList<TaskAssignee>> AssigneesAsync(HrScope scope, Guid userId, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await inbox.FindAsync(scope, userId, taskId, cancellationToken) ?? throw new UserInputException(UserErrorCodes.NotFound);
        if (!task.CanAssign)
        {
            throw new UserInputException(UserErrorCodes.Forbidden);
        }

        var groups = (await userTasks.GetAsync(taskId, cancellationToken)).CandidateGroups;
        var rows = await db.RoleGrants.AsNoTracking()
            .Where(g => (g.Role == KyzmatRoles.Hr || g.Role == KyzmatRoles.HrLead) && g.StateBody != null && g.CitizenId != task.Application.CitizenId)
            .Join(db.Citizens, g => g.CitizenId, c => c.Id, (g, c) => new { g.CitizenId, g.StateBody!.Code, c.Surname, c.Name, c.Patronymic })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => groups.Contains(ApplicationLifecycle.HrGroupOf(r.Code)))
            .DistinctBy(r => r.CitizenId)
            .Select(r => new TaskAssignee(r.CitizenId, string.Join(' ', new[] { r.Surname, r.Name, r.Patronymic }.Where(p => !string.IsNullOrEmpty(p)))))
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)];
    }
}
