namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// A FEEL date: a day of the proleptic Gregorian calendar. Years may be negative or past 9999
/// (FEEL allows both), which is why this is not a <see cref="DateOnly"/>.
/// </summary>
public readonly record struct FeelDate(long Year, int Month, int Day) : IComparable<FeelDate>
{
    /// <summary>Days since 1970-01-01.</summary>
    public long DayNumber
    {
        get
        {
            // Howard Hinnant's days_from_civil: exact for every year, negative ones included.
            var y = Month <= 2 ? Year - 1 : Year;
            var era = (y >= 0 ? y : y - 399) / 400;
            var yearOfEra = y - (era * 400);
            var dayOfYear = ((153 * (Month + (Month > 2 ? -3 : 9))) + 2) / 5 + Day - 1;
            var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146097) + dayOfEra - 719468;
        }
    }

    public static FeelDate FromDayNumber(long days)
    {
        var z = days + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return new FeelDate(yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, day);
    }

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static bool IsValid(long year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month) && Math.Abs(year) <= 999_999_999;

    /// <summary>ISO day of the week: 1 = Monday … 7 = Sunday.</summary>
    public int IsoDayOfWeek => (int)((((DayNumber + 3) % 7) + 7) % 7) + 1;

    public int DayOfYear => (int)(DayNumber - new FeelDate(Year, 1, 1).DayNumber) + 1;

    public FeelDate AddDays(long days) => FromDayNumber(DayNumber + days);

    /// <summary>Adds months, keeping the day unless the month is shorter (31 January + 1 month = 28/29 February).</summary>
    public FeelDate AddMonths(long months)
    {
        var total = (Year * 12) + (Month - 1) + months;
        var year = total >= 0 ? total / 12 : ((total + 1) / 12) - 1;
        var month = (int)(total - (year * 12)) + 1;
        return new FeelDate(year, month, Math.Min(Day, DaysInMonth(year, month)));
    }

    public int CompareTo(FeelDate other) => DayNumber.CompareTo(other.DayNumber);

    public override string ToString() => FeelText.Format(this);
}
