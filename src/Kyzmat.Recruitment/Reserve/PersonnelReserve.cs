using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Reserve;

/// <summary>«Кадрлар резерви»: entering it from an interview decision, the citizen's entries, HR's search, and expiry.</summary>
public sealed class PersonnelReserve(KyzmatDbContext db, TimeProvider clock)
{
    /// <summary>Adds (tracked, not saved) the entry of a runner-up; the term is the state body's.</summary>
    public async Task<ReserveEntry> EnterAsync(Application application, CancellationToken cancellationToken)
    {
        var body = await db.StateBodies.AsNoTracking().SingleAsync(b => b.Id == application.StateBodyId, cancellationToken);
        var group = await db.Vacancies.Where(v => v.Id == application.VacancyId).Select(v => v.Group).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var entry = new ReserveEntry
        {
            CitizenId = application.CitizenId,
            StateBodyId = application.StateBodyId,
            Group = group,
            VacancyId = application.VacancyId,
            ApplicationId = application.Id,
            StartsOn = today,
            EndsOn = today.AddMonths(body.ReserveTermMonths),
            CreatedAt = now,
        };
        db.ReserveEntries.Add(entry);
        return entry;
    }

    public async Task<IReadOnlyList<ReserveEntry>> OfCitizenAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await db.ReserveEntries.AsNoTracking().Where(r => r.CitizenId == citizenId)
            .OrderByDescending(r => r.StartsOn).ToListAsync(cancellationToken);

    /// <summary>The active reserve of the given bodies (null: every body), newest first.</summary>
    public async Task<IReadOnlyList<ReserveEntry>> SearchAsync(
        IReadOnlyCollection<Guid>? stateBodyIds, PositionGroup? group, int take, CancellationToken cancellationToken)
    {
        var query = db.ReserveEntries.AsNoTracking().Where(r => r.Status == ReserveEntryStatus.Active);
        if (stateBodyIds is not null)
        {
            query = query.Where(r => stateBodyIds.Contains(r.StateBodyId));
        }

        if (group is not null)
        {
            query = query.Where(r => r.Group == group);
        }

        return await query.OrderByDescending(r => r.StartsOn).ThenBy(r => r.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Takes entries whose term has ended out of the reserve, each with a notice to the citizen saved in the same
    /// transaction; returns how many entries ended.
    /// </summary>
    public async Task<int> ExpireAsync(NotificationCenter notifications, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var ended = await db.ReserveEntries.Where(r => r.Status == ReserveEntryStatus.Active && r.EndsOn < today)
            .Join(db.StateBodies, r => r.StateBodyId, b => b.Id, (r, b) => new { Entry = r, b.Name })
            .ToListAsync(cancellationToken);
        foreach (var item in ended)
        {
            item.Entry.Status = ReserveEntryStatus.Expired;
            notifications.Publish(item.Entry.CitizenId, NotificationKind.Reserve, ReserveExpiryNotice.Title, ReserveExpiryNotice.Body(item.Name, item.Entry.EndsOn), "/cabinet/reserve");
        }

        await db.SaveChangesAsync(cancellationToken);
        return ended.Count;
    }
}
