namespace Kyzmat.Recruitment.Applications;

/// <summary>Settings of the competition (<c>Kyzmat:Applications</c>).</summary>
public sealed class ApplicationOptions
{
    public const string Section = "Kyzmat:Applications";

    /// <summary>Working days HR has for the document review.</summary>
    public int ReviewWorkingDays { get; set; } = 5;

    /// <summary>The highest test score.</summary>
    public int MaxTestScore { get; set; } = 60;

    /// <summary>The lowest passing test score.</summary>
    public int PassMark { get; set; } = 30;

    /// <summary>Yearly public holidays ("MM-dd") not counted as working days; the Labour Code's by default.</summary>
    public List<string>? YearlyHolidays { get; set; }

    /// <summary>Single days off announced for a year (Orozo Ait, Kurman Ait, moved days), not counted as working days.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    public PublicHolidays PublicHolidays => new(YearlyHolidays ?? [.. Applications.PublicHolidays.KyrgyzYearly], Holidays);

    /// <summary>PDF checks (POST /api/applications/verify) one client address may make a minute.</summary>
    public int VerificationsPerMinute { get; set; } = 30;

    /// <summary>How long the PDF reader may work on one checked PDF; past it the answer is DOCUMENT_CANNOT_BE_CHECKED.</summary>
    public TimeSpan VerificationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>PDFs read at once by this host; one more is answered VERIFICATION_BUSY (503).</summary>
    public int VerificationConcurrency { get; set; } = 2;
}
