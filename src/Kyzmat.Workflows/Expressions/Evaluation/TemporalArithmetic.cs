namespace Kyzmat.Workflows.Expressions;

/// <summary>Dates, times and date-times plus durations, and the duration between two of them.</summary>
internal static class TemporalArithmetic
{
    public static object? Add(object value, object duration) => (value, duration) switch
    {
        (FeelDateTime t, TimeSpan d) => FeelDateTime.FromLocalTicks(t.LocalTicks + d.Ticks, t.Offset, t.Zone),
        (FeelDateTime t, YearsMonthsDuration m) => t with { Date = t.Date.AddMonths(m.TotalMonths) },
        (FeelDate date, TimeSpan d) => FeelDateTime.FromLocalTicks(((Int128)date.DayNumber * TimeSpan.TicksPerDay) + d.Ticks, null, null).Date,
        (FeelDate date, YearsMonthsDuration m) => date.AddMonths(m.TotalMonths),
        (FeelTime time, TimeSpan d) => time with { TimeOfDay = WrapDay(time.TimeOfDay.Ticks + (d.Ticks % TimeSpan.TicksPerDay)) },
        _ => null,
    };

    /// <summary>left − right for two dates, times or date-times: a days-and-time duration.</summary>
    public static object? Difference(object left, object right) => (left, right) switch
    {
        // A local value and one with an offset or zone have no difference (TCK 0100).
        (FeelDateTime a, FeelDateTime b) when a.HasZoneOrOffset == b.HasZoneOrOffset =>
            Ticks(a.HasZoneOrOffset ? a.InstantTicks - b.InstantTicks : a.LocalTicks - b.LocalTicks),
        // A date meets a date-time with an offset or zone as midnight UTC (TCK 0100); a local date-time, not at all.
        (FeelDate a, FeelDateTime { HasZoneOrOffset: true } b) => Difference(new FeelDateTime(a, TimeSpan.Zero, TimeSpan.Zero, null), b),
        (FeelDateTime { HasZoneOrOffset: true } a, FeelDate b) => Difference(a, new FeelDateTime(b, TimeSpan.Zero, TimeSpan.Zero, null)),
        (FeelDate a, FeelDate b) => Ticks((Int128)(a.DayNumber - b.DayNumber) * TimeSpan.TicksPerDay),
        (FeelTime a, FeelTime b) when a.HasZoneOrOffset == b.HasZoneOrOffset =>
            (a.TimeOfDay - (a.EffectiveOffset ?? TimeSpan.Zero)) - (b.TimeOfDay - (b.EffectiveOffset ?? TimeSpan.Zero)),
        _ => null,
    };

    private static TimeSpan? Ticks(Int128 ticks) =>
        ticks > TimeSpan.MaxValue.Ticks || ticks < TimeSpan.MinValue.Ticks ? null : TimeSpan.FromTicks((long)ticks);

    private static TimeSpan WrapDay(long ticks)
    {
        var wrapped = ticks % TimeSpan.TicksPerDay;
        return TimeSpan.FromTicks(wrapped < 0 ? wrapped + TimeSpan.TicksPerDay : wrapped);
    }

    /// <summary>The years and months from one date to another, counting only whole months (years and months duration()).</summary>
    public static YearsMonthsDuration MonthsBetween(FeelDate from, FeelDate to)
    {
        var months = ((to.Year - from.Year) * 12) + (to.Month - from.Month);
        if (months > 0 && to.Day < from.Day)
        {
            months--;
        }
        else if (months < 0 && to.Day > from.Day)
        {
            months++;
        }

        return new YearsMonthsDuration(months);
    }
}
