using System.Globalization;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>
/// Reminds citizens of favourite vacancies closing in three days and in one day (Bishkek dates), each reminder
/// once: a <see cref="DeadlineReminder"/> row is saved with its notification.
/// </summary>
public sealed class DeadlineReminderJob(KyzmatDbContext db, NotificationCenter notifications, TimeProvider clock)
{
    public const string Id = "deadline-reminders";

    /// <summary>Every day at 09:00 in Bishkek (03:00 UTC).</summary>
    public const string Schedule = "0 3 * * *";

    private static readonly int[] DaysAhead = [3, 1];

    /// <summary>Returns how many reminders were made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = BishkekTime.DateOf(now);
        var made = 0;
        foreach (var days in DaysAhead)
        {
            // The deadline's Bishkek date is today + days: [start of that day, start of the next) in UTC.
            // Moments go to the database in UTC (PostgreSQL refuses other offsets; SQLite would compare local ticks).
            var from = new DateTimeOffset(today.AddDays(days).ToDateTime(TimeOnly.MinValue), BishkekTime.Offset).ToUniversalTime();
            var until = from.AddDays(1);
            var due = await db.Favourites
                .Join(db.Vacancies, f => f.VacancyId, v => v.Id, (f, v) => new { f.CitizenId, Vacancy = v })
                .Where(x => x.Vacancy.Status == VacancyStatus.Published && x.Vacancy.Deadline >= from && x.Vacancy.Deadline < until)
                .Where(x => !db.DeadlineReminders.Any(r => r.CitizenId == x.CitizenId && r.VacancyId == x.Vacancy.Id && r.DaysBefore == days))
                .ToListAsync(cancellationToken);
            foreach (var item in due)
            {
                db.DeadlineReminders.Add(new DeadlineReminder { CitizenId = item.CitizenId, VacancyId = item.Vacancy.Id, DaysBefore = days, SentAt = now });
                notifications.Publish(item.CitizenId, NotificationKind.DeadlineReminder, Title(days), Body(item.Vacancy), "/vacancies/" + item.Vacancy.Code);
                made++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return made;
    }

    private static LocalizedText Title(int days) => days == 1
        ? new("Тандалган вакансия эртең жабылат", "Избранная вакансия закрывается завтра", "A favourite vacancy closes tomorrow")
        : new($"Тандалган вакансия {days} күндөн кийин жабылат", $"Избранная вакансия закрывается через {days} дня", $"A favourite vacancy closes in {days} days");

    private static LocalizedText Body(Vacancy vacancy)
    {
        var deadline = vacancy.Deadline.ToOffset(BishkekTime.Offset).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        return new(
            $"{vacancy.Code} — {vacancy.Title.Ky}. Арыз кабыл алуу {deadline} чейин.",
            $"{vacancy.Code} — {vacancy.Title.Ru}. Приём заявлений до {deadline}.",
            $"{vacancy.Code} — {vacancy.Title.In("en")}. Applications close at {deadline} (Bishkek).");
    }
}
