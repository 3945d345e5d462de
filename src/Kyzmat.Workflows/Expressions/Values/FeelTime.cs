namespace Kyzmat.Workflows.Expressions;

/// <summary>A FEEL time of day, local, with a UTC offset, or with a time zone id (then <see cref="Offset"/> is null).</summary>
public readonly record struct FeelTime(TimeSpan TimeOfDay, TimeSpan? Offset, string? Zone)
{
    /// <summary>The offset used to compare with other times: the given one, or the zone's standard offset.</summary>
    internal TimeSpan? EffectiveOffset => Offset ?? (Zone is null ? null : TimeZones.StandardOffset(Zone));

    internal bool HasZoneOrOffset => Offset is not null || Zone is not null;

    /// <summary>The time of day in UTC (for times with an offset or zone), used by comparisons.</summary>
    internal TimeSpan Normalized
    {
        get
        {
            var utc = (TimeOfDay - (EffectiveOffset ?? TimeSpan.Zero)).Ticks % TimeSpan.TicksPerDay;
            return TimeSpan.FromTicks(utc < 0 ? utc + TimeSpan.TicksPerDay : utc);
        }
    }

    public override string ToString() => FeelText.Format(this);
}
