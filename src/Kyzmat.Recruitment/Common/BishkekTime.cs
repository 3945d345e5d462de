namespace Kyzmat.Recruitment.Common;

/// <summary>Kyrgyzstan keeps UTC+6 all year (no daylight saving), so dates "in Bishkek" need no time-zone database.</summary>
public static class BishkekTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(6);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);
}
