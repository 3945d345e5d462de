namespace Kyzmat.Recruitment.Applications;

/// <summary>Deadlines counted in working days (Monday to Friday) in Bishkek time.</summary>
public static class WorkingDays
{
    private static readonly TimeSpan Bishkek = TimeSpan.FromHours(6);

    /// <summary>The end (23:59:59 Bishkek time) of the <paramref name="days"/>-th working day after <paramref name="from"/>.</summary>
    public static DateTimeOffset After(DateTimeOffset from, int days)
    {
        var day = from.ToOffset(Bishkek).Date;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return new DateTimeOffset(day.AddDays(1).AddSeconds(-1), Bishkek).ToUniversalTime();
    }
}
