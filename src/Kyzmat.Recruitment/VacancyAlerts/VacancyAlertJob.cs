using System.Text;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>
/// Checks the saved searches of one frequency against the vacancies published since each was last checked, and
/// tells each citizen of the new matches in one notification; the search's checkpoint moves in the same save.
/// </summary>
public sealed class VacancyAlertJob(KyzmatDbContext db, VacancySearch search, NotificationCenter notifications, TimeProvider clock)
{
    public const string ImmediateId = "vacancy-alerts-immediate";
    public const string DailyId = "vacancy-alerts-daily";

    /// <summary>Every five minutes.</summary>
    public const string ImmediateSchedule = "*/5 * * * *";

    /// <summary>Every day at 09:00 in Bishkek (03:00 UTC).</summary>
    public const string DailySchedule = "0 3 * * *";

    private const int Listed = 5;

    /// <summary>
    /// A publication is stamped a moment before it commits: checking only up to a minute ago never steps past one
    /// still being saved.
    /// </summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(1);

    /// <summary>Returns how many citizens were alerted.</summary>
    public async Task<int> RunAsync(AlertFrequency frequency, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow() - SettleTime;
        var ids = await db.SavedSearches.Where(s => s.Frequency == frequency && s.CheckedUntil < now).Select(s => s.Id).ToListAsync(cancellationToken);
        var alerted = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var saved = await db.SavedSearches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (saved is null)
            {
                continue;
            }

            var checkedUntil = saved.CheckedUntil;
            var page = await search.SearchAsync(saved.Filter.ToCriteria(checkedUntil, now), Listed, null, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Conditional on the checkpoint read: of two overlapping runs, one moves it and alerts.
            var moved = await db.SavedSearches.Where(s => s.Id == id && s.CheckedUntil == checkedUntil)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CheckedUntil, now), cancellationToken);
            if (moved == 1 && page.TotalCount > 0)
            {
                notifications.Publish(saved.CitizenId, NotificationKind.VacancyAlert, Title(page.TotalCount), Body([.. page.Items.Select(i => i.Vacancy)], page.TotalCount), "/vacancies");
                alerted++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return alerted;
    }

    private static LocalizedText Title(int count) =>
        new($"Жаңы вакансиялар: {count}", $"Новые вакансии: {count}", $"New vacancies: {count}");

    private static LocalizedText Body(IReadOnlyList<Vacancy> vacancies, int total)
    {
        string Lines(string language, string more)
        {
            var text = new StringBuilder();
            foreach (var vacancy in vacancies)
            {
                text.Append(vacancy.Code).Append(" — ").Append(vacancy.Title.In(language)).Append('\n');
            }

            return total > vacancies.Count ? text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, more, total - vacancies.Count)).ToString() : text.ToString().TrimEnd();
        }

        return new(Lines("ky", "…жана дагы {0}"), Lines("ru", "…и ещё {0}"), Lines("en", "…and {0} more"));
    }
}
