namespace Kyzmat.Workflows.Expressions;

/// <summary>A FEEL date and time: local, with a UTC offset, or in a time zone (by IANA id).</summary>
public readonly record struct FeelDateTime(FeelDate Date, TimeSpan TimeOfDay, TimeSpan? Offset, string? Zone) : IComparable<FeelDateTime>
{
    public static FeelDateTime FromDateTimeOffset(DateTimeOffset value) =>
        new(new FeelDate(value.Year, value.Month, value.Day), value.TimeOfDay, value.Offset, null);

    internal bool HasZoneOrOffset => Offset is not null || Zone is not null;

    /// <summary>The offset in force: the given one, or the zone's offset at this local time (UTC when neither).</summary>
    internal TimeSpan EffectiveOffset => Offset ?? (Zone is null ? TimeSpan.Zero : TimeZones.OffsetAt(Zone, Date, TimeOfDay));

    /// <summary>The local time in ticks since 1970-01-01T00:00.</summary>
    internal Int128 LocalTicks => ((Int128)Date.DayNumber * TimeSpan.TicksPerDay) + TimeOfDay.Ticks;

    /// <summary>The instant in ticks since the epoch (local values count as UTC).</summary>
    internal Int128 InstantTicks => LocalTicks - EffectiveOffset.Ticks;

    internal static FeelDateTime FromLocalTicks(Int128 ticks, TimeSpan? offset, string? zone)
    {
        var days = (long)(ticks >= 0 ? ticks / TimeSpan.TicksPerDay : ((ticks + 1) / TimeSpan.TicksPerDay) - 1);
        var rest = (long)(ticks - ((Int128)days * TimeSpan.TicksPerDay));
        return new FeelDateTime(FeelDate.FromDayNumber(days), TimeSpan.FromTicks(rest), offset, zone);
    }

    /// <summary>The same instant in UTC as a <see cref="DateTimeOffset"/>; throws for years outside 1–9999.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var local = new DateTime((int)Date.Year, Date.Month, Date.Day, 0, 0, 0, DateTimeKind.Unspecified) + TimeOfDay;
        return new DateTimeOffset(local, EffectiveOffset);
    }

    public int CompareTo(FeelDateTime other) => InstantTicks.CompareTo(other.InstantTicks);

    public override string ToString() => FeelText.Format(this);
}
