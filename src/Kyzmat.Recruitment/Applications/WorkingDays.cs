using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Deadlines counted in working days in Bishkek time: Monday to Friday, except public holidays.</summary>
public static class WorkingDays
{
    /// <summary>The end (23:59:59 Bishkek time) of the <paramref name="days"/>-th working day after <paramref name="from"/>.</summary>
    public static DateTimeOffset After(DateTimeOffset from, int days, PublicHolidays holidays)
    {
        var day = BishkekTime.DateOf(from);
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                counted++;
            }
        }

        return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddSeconds(-1), BishkekTime.Offset).ToUniversalTime();
    }
}
