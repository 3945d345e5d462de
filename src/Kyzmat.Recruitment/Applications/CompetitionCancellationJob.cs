using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Finishes what closing or calling off a competition began: the vacancy's status is saved first and is the lasting
/// intent, its applications are then cancelled one by one (the first <see cref="CompetitionCancellation.InRequest"/> in
/// the request). A host that dies half-way, or a competition larger than that, leaves some; this job, every five
/// minutes, cancels each of them once (each cancellation checks the application's status in its own save).
/// </summary>
public sealed class CompetitionCancellationJob(KyzmatDbContext db, CompetitionCancellation competitions)
{
    public const string Id = "competitions-finish-cancellations";

    public const string Schedule = "*/5 * * * *";

    /// <summary>The actor recorded on cancellations the job finishes: the system, acting on the reviewer's earlier decision.</summary>
    public static readonly Guid SystemActor = Guid.Empty;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cancelled = await db.Applications.AsNoTracking()
            .Where(a => Application.ActiveStatuses.Contains(a.Status)
                && db.Vacancies.Any(v => v.Id == a.VacancyId && v.Status == VacancyStatus.Cancelled))
            .Select(a => a.VacancyId).Distinct().ToListAsync(cancellationToken);
        var closed = await db.Applications.AsNoTracking()
            .Where(a => Application.UnsignedStatuses.Contains(a.Status)
                && db.Vacancies.Any(v => v.Id == a.VacancyId && v.Status == VacancyStatus.Closed))
            .Select(a => a.VacancyId).Distinct().ToListAsync(cancellationToken);
        var done = 0;
        foreach (var vacancyId in cancelled)
        {
            var reason = await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId).Select(v => v.CancellationReason).SingleAsync(cancellationToken);
            done += await competitions.CancelApplicationsAsync(vacancyId, reason ?? "", SystemActor, cancellationToken);
        }

        foreach (var vacancyId in closed)
        {
            done += await competitions.CancelUnsignedAsync(vacancyId, SystemActor, cancellationToken);
        }

        return done;
    }
}
