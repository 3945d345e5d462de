namespace Kyzmat.Workflows.Expressions;

/// <summary>The properties of temporal values and ranges: date.year, time.hour, duration.days, range.start…</summary>
internal static class FeelProperties
{
    private static readonly string[] WeekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static object? Get(object? target, string member) => target switch
    {
        FeelDate date => Date(date, member),
        FeelDateTime dateTime => Date(dateTime.Date, member) ?? Time(dateTime.TimeOfDay, dateTime.Offset, dateTime.Zone, member, dateTime),
        FeelTime time => Time(time.TimeOfDay, time.Offset, time.Zone, member, null),
        TimeSpan d => member switch
        {
            "days" => (decimal)d.Days,
            "hours" => (decimal)d.Hours,
            "minutes" => (decimal)d.Minutes,
            "seconds" => (decimal)d.Seconds,
            _ => null,
        },
        YearsMonthsDuration m => member switch
        {
            "years" => (decimal)m.Years,
            "months" => (decimal)m.Months,
            _ => null,
        },
        FeelRange range => member switch
        {
            "start" => ReferenceEquals(range.Start, FeelRange.Unbounded) ? null : range.Start,
            "end" => ReferenceEquals(range.End, FeelRange.Unbounded) ? null : range.End,
            "start included" => range.StartIncluded,
            "end included" => range.EndIncluded,
            _ => null,
        },
        _ => null,
    };

    private static object? Date(FeelDate date, string member) => member switch
    {
        "year" => (decimal)date.Year,
        "month" => (decimal)date.Month,
        "day" => (decimal)date.Day,
        "weekday" => (decimal)date.IsoDayOfWeek,
        _ => null,
    };

    private static object? Time(TimeSpan time, TimeSpan? offset, string? zone, string member, FeelDateTime? dateTime) => member switch
    {
        "hour" => (decimal)time.Hours,
        "minute" => (decimal)time.Minutes,
        "second" => (decimal)time.Seconds + ((decimal)(time.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond),
        "time offset" => offset ?? (zone is not null && dateTime is { } dt ? dt.EffectiveOffset : null),
        "timezone" => zone,
        _ => null,
    };

    public static string WeekdayName(int isoDay) => WeekdayNames[isoDay - 1];
}
