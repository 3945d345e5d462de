using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Ends applications with their processes, the reason shown to the citizen: every active one of a called-off competition,
/// or the unsigned drafts of a vacancy that stopped accepting applications.
/// </summary>
public sealed class CompetitionCancellation(KyzmatDbContext db, IWorkflowEngine engine, ApplicationJournal journal, TimeProvider clock)
{
    /// <summary>The reason an unsigned draft gets when its vacancy is closed early, in the application's language.</summary>
    public static readonly LocalizedText ClosedBeforeSigning = new(
        "Вакансия арыздарды кабыл алууну токтотту, арызга ага чейин кол коюлган эмес.",
        "Вакансия больше не принимает заявления, заявление не было подписано до её закрытия.",
        "The vacancy stopped accepting applications before this one was signed.");

    /// <summary>Applications one request cancels at most; the rest are left to <see cref="CompetitionCancellationJob"/>.</summary>
    public const int InRequest = 200;

    /// <summary>
    /// One application at a time, each saved with its process: a failure half-way leaves the rest active, and running it
    /// again (cancelling the cancelled vacancy once more, or the job that sweeps up after a crash) finishes the job.
    /// </summary>
    public async Task<int> CancelApplicationsAsync(Guid vacancyId, string reason, Guid actorId, CancellationToken cancellationToken, int limit = int.MaxValue)
    {
        var ids = await db.Applications.Where(a => a.VacancyId == vacancyId && Application.ActiveStatuses.Contains(a.Status))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await CancelOneAsync(id, _ => reason, a => !a.IsClosed, actorId, cancellationToken);
        }

        return ids.Count;
    }

    /// <summary>
    /// A closed vacancy takes no more applications: its drafts not yet signed are cancelled, each with its process. One
    /// signed meanwhile is filed and stays; one a failure left unsigned is taken by the next run (closing is repeatable).
    /// </summary>
    public async Task<int> CancelUnsignedAsync(Guid vacancyId, Guid actorId, CancellationToken cancellationToken, int limit = int.MaxValue)
    {
        var ids = await db.Applications.Where(a => a.VacancyId == vacancyId && Application.UnsignedStatuses.Contains(a.Status))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await CancelOneAsync(id, a => ClosedBeforeSigning.In(a.Language), a => a.IsUnsigned, actorId, cancellationToken);
                    break;
                }
                catch (UserInputException ex) when (ex.Code == UserErrorCodes.ChangedMeanwhile && attempt < 3)
                {
                    // The citizen moved it at that moment (filed it, changed the office): read it again and decide again.
                }
            }
        }

        return ids.Count;
    }

    private async Task CancelOneAsync(
        Guid applicationId, Func<Application, string> reasonFor, Func<Application, bool> stillCancellable, Guid actorId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        if (!stillCancellable(application))
        {
            return;
        }

        var reason = reasonFor(application);

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
