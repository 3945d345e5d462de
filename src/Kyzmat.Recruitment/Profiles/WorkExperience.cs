namespace Kyzmat.Recruitment.Profiles;

/// <summary>A period of work («Жумуш тажырыйбасы»).</summary>
public sealed class WorkExperience
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    /// <summary>«Уюм».</summary>
    public required string Organisation { get; set; }

    /// <summary>«Бөлүм».</summary>
    public string? Department { get; set; }

    /// <summary>«Кызмат орду».</summary>
    public required string Position { get; set; }

    /// <summary>«Кызматтын түрү».</summary>
    public PostType PostType { get; set; }

    /// <summary>«Ишмердүүлүк чөйрөлөрү».</summary>
    public List<string> Areas { get; set; } = [];

    /// <summary>«Мөөнөттөрү»: from.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>«Мөөнөттөрү»: to; none while the citizen still works there.</summary>
    public DateOnly? EndDate { get; set; }

    public Guid? DocumentId { get; set; }

    /// <summary>The length of the period in days, up to <paramref name="today"/> when it has not ended.</summary>
    public int DaysUntil(DateOnly today) => Math.Max(0, (EndDate ?? today).DayNumber - StartDate.DayNumber);
}
