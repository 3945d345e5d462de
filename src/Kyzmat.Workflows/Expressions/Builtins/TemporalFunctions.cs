using System.Globalization;

namespace Kyzmat.Workflows.Expressions;

/// <summary>now(), today(), day of week(), day of year(), week of year(), month of year(), last day of month(), is().</summary>
internal static class TemporalFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.AddScalar("now", [], (e, _) => FeelDateTime.FromDateTimeOffset(e.Now));
        t.AddScalar("today", [], (e, _) => FeelDateTime.FromDateTimeOffset(e.Now).Date);
        t.AddScalar("day of week", ["date"], (_, a) => DateOf(a[0]) is { } d ? FeelProperties.WeekdayName(d.IsoDayOfWeek) : null);
        t.AddScalar("day of year", ["date"], (_, a) => DateOf(a[0]) is { } d ? (decimal)d.DayOfYear : null);
        t.AddScalar("week of year", ["date"], (_, a) => DateOf(a[0]) is { } d ? (decimal)IsoWeek(d) : null);
        t.AddScalar("month of year", ["date"], (_, a) => DateOf(a[0]) is { } d ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month) : null);
        t.AddScalar("last day of month", ["date"], (_, a) => DateOf(a[0]) is { } d ? d with { Day = FeelDate.DaysInMonth(d.Year, d.Month) } : null);
        t.AddScalar("is", ["value1", "value2"], (_, a) => Is(a[0], a[1]));
    }

    private static FeelDate? DateOf(object? value) => value switch
    {
        FeelDate d => d,
        FeelDateTime dt => dt.Date,
        _ => null,
    };

    /// <summary>ISO 8601 week number: weeks start on Monday, week 1 holds the year's first Thursday.</summary>
    private static int IsoWeek(FeelDate date)
    {
        var thursday = date.AddDays(4 - date.IsoDayOfWeek);
        return ((thursday.DayOfYear - 1) / 7) + 1;
    }

    /// <summary>is(): the same type and the same value, including the offset or zone of times.</summary>
    private static bool? Is(object? a, object? b)
    {
        if (a is null || b is null || FeelTypes.NameOf(a) != FeelTypes.NameOf(b))
        {
            return a is null && b is null ? true : false;
        }

        return (a, b) switch
        {
            (FeelTime x, FeelTime y) => x.TimeOfDay == y.TimeOfDay && x.Offset == y.Offset && x.Zone == y.Zone,
            (FeelDateTime x, FeelDateTime y) => x == y,
            _ => FeelComparer.Equal(a, b) == true,
        };
    }
}
