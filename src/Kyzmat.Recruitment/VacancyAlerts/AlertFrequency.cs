namespace Kyzmat.Recruitment.VacancyAlerts;

public enum AlertFrequency
{
    /// <summary>Within minutes of a matching publication (the alert job runs every five minutes).</summary>
    Immediately = 1,

    /// <summary>One digest a day, in the morning (09:00 Bishkek).</summary>
    Daily = 2,
}
