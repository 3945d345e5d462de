using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Ends every active application of a called-off competition, each with its process, the reason shown to the citizen.</summary>
public sealed class CompetitionCancellation(KyzmatDbContext db, IWorkflowEngine engine, ApplicationJournal journal, TimeProvider clock)
{
    /// <summary>
    /// One application at a time, each saved with its process: a failure half-way leaves the rest active, and running it
    /// again (cancelling the cancelled vacancy once more) finishes the job.
    /// </summary>
    public async Task<int> CancelApplicationsAsync(Guid vacancyId, string reason, Guid actorId, CancellationToken cancellationToken)
    {
        var ids = await db.Applications.Where(a => a.VacancyId == vacancyId && Application.ActiveStatuses.Contains(a.Status))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await CancelOneAsync(id, reason, actorId, cancellationToken);
        }

        return ids.Count;
    }

    private async Task CancelOneAsync(Guid applicationId, string reason, Guid actorId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        if (application.IsClosed)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var instance = (await engine.FindByBusinessKeyAsync(application.Id.ToString(), cancellationToken)).FirstOrDefault(i => i.State == InstanceStates.Active);
        application.MoveTo(ApplicationStatus.Cancelled, now);
        application.Reason = reason;
        journal.Record(application, "hr", now, reason);
        try
        {
            if (instance is null)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await engine.CancelAsync(instance.Id, actorId.ToString(), cancellationToken);
            }
        }
        catch (WorkflowException ex)
        {
            throw ApplicationTasks.ToUserError(ex);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // The citizen or a reviewer moved it meanwhile; the next run of the cancellation takes it.
            db.ChangeTracker.Clear();
            throw new UserInputException(UserErrorCodes.ChangedMeanwhile, ex);
        }
    }
}
