namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>That a citizen was reminded of a favourite's deadline so many days ahead: each reminder goes once.</summary>
public sealed class DeadlineReminder
{
    public Guid CitizenId { get; init; }

    public Guid VacancyId { get; init; }

    public int DaysBefore { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
