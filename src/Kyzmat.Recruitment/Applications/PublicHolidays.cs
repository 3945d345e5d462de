using System.Globalization;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Days off that are not weekends: the yearly ones (month-day, e.g. "03-21" Nooruz) and single dates announced each
/// year (Orozo Ait and Kurman Ait follow the lunar calendar; moved working days), both from configuration.
/// </summary>
public sealed class PublicHolidays
{
    /// <summary>The Labour Code's fixed public holidays of the Kyrgyz Republic.</summary>
    public static readonly IReadOnlyList<string> KyrgyzYearly =
        ["01-01", "01-07", "02-23", "03-08", "03-21", "04-07", "05-01", "05-05", "05-09", "08-31", "11-07", "11-08"];

    private readonly HashSet<(int Month, int Day)> _yearly;
    private readonly HashSet<DateOnly> _dates;

    public PublicHolidays(IEnumerable<string> yearly, IEnumerable<DateOnly> dates)
    {
        _yearly = [.. yearly.Select(ParseMonthDay)];
        _dates = [.. dates];
    }

    public static PublicHolidays None { get; } = new([], []);

    public bool Contains(DateOnly day) => _dates.Contains(day) || _yearly.Contains((day.Month, day.Day));

    private static (int, int) ParseMonthDay(string value)
    {
        var date = DateOnly.ParseExact("2000-" + value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (date.Month, date.Day);
    }
}
