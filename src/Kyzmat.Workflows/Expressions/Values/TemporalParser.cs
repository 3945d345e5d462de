using System.Globalization;
using System.Text.RegularExpressions;

namespace Kyzmat.Workflows.Expressions;

/// <summary>Reads FEEL's (ISO 8601) text forms of dates, times, date-times and durations.</summary>
internal static partial class TemporalParser
{
    [GeneratedRegex(@"^(-?)(\d{4,9})-(\d\d)-(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d\d):(\d\d)(?::(\d\d))?|@([A-Za-z][A-Za-z0-9_+\-/]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d*)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DaysTimePattern();

    [GeneratedRegex(@"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearsMonthsPattern();

    public static bool TryParseDate(string text, out FeelDate date)
    {
        date = default;
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        // Years of more than four digits are written without leading zeros.
        if (match.Groups[2].Value.Length > 4 && match.Groups[2].Value[0] == '0')
        {
            return false;
        }

        year = match.Groups[1].Value == "-" ? -year : year;
        var month = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        if (!FeelDate.IsValid(year, month, day))
        {
            return false;
        }

        date = new FeelDate(year, month, day);
        return true;
    }

    /// <summary>Reads a time; 24:00:00 is allowed only when <paramref name="allowEndOfDay"/> (date-times roll it to the next day).</summary>
    public static bool TryParseTime(string text, out FeelTime time, bool allowEndOfDay = false)
    {
        time = default;
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        // Seconds may be left out ("13:30"), as Camunda allows.
        var seconds = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = match.Groups[4].Success ? long.Parse(match.Groups[4].Value.PadRight(7, '0')[..7], CultureInfo.InvariantCulture) : 0;
        var endOfDay = hours == 24 && minutes == 0 && seconds == 0 && fraction == 0;
        if ((hours > 23 && !(endOfDay && allowEndOfDay)) || minutes > 59 || seconds > 59)
        {
            return false;
        }

        TimeSpan? offset = null;
        string? zone = null;
        if (match.Groups[5].Success)
        {
            offset = TimeSpan.Zero;
        }
        else if (match.Groups[6].Success)
        {
            var h = int.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(match.Groups[8].Value, CultureInfo.InvariantCulture);
            var s = match.Groups[9].Success ? int.Parse(match.Groups[9].Value, CultureInfo.InvariantCulture) : 0;
            if (h > 18 || m > 59 || s > 59)
            {
                return false;
            }

            var value = new TimeSpan(h, m, s);
            offset = match.Groups[6].Value == "-" ? -value : value;
        }
        else if (match.Groups[10].Success)
        {
            zone = match.Groups[10].Value;
            if (TimeZones.Find(zone) is null)
            {
                return false;
            }
        }

        time = new FeelTime(new TimeSpan(hours, minutes, seconds) + TimeSpan.FromTicks(fraction), offset, zone);
        return true;
    }

    public static bool TryParseDateTime(string text, out FeelDateTime value)
    {
        value = default;
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            if (!TryParseDate(text, out var dateOnly))
            {
                return false;
            }

            value = new FeelDateTime(dateOnly, TimeSpan.Zero, null, null);
            return true;
        }

        if (!TryParseDate(text[..t], out var date) || !TryParseTime(text[(t + 1)..], out var time, allowEndOfDay: true))
        {
            return false;
        }

        value = time.TimeOfDay.Days > 0
            ? new FeelDateTime(date.AddDays(1), TimeSpan.Zero, time.Offset, time.Zone)
            : new FeelDateTime(date, time.TimeOfDay, time.Offset, time.Zone);
        return true;
    }

    public static bool TryParseDaysTime(string text, out TimeSpan value)
    {
        value = default;
        var match = DaysTimePattern().Match(text);
        if (!match.Success || text.EndsWith('T') || !(match.Groups[2].Success || match.Groups[3].Success || match.Groups[4].Success || match.Groups[5].Success))
        {
            return false;
        }

        try
        {
            decimal seconds = 0;
            seconds += Part(match.Groups[2]) * 86400m;
            seconds += Part(match.Groups[3]) * 3600m;
            seconds += Part(match.Groups[4]) * 60m;
            seconds += Part(match.Groups[5]);
            var ticks = decimal.Round(seconds * TimeSpan.TicksPerSecond);
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }

            value = TimeSpan.FromTicks((long)ticks);
            value = match.Groups[1].Success ? -value : value;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static bool TryParseYearsMonths(string text, out YearsMonthsDuration value)
    {
        value = default;
        var match = YearsMonthsPattern().Match(text);
        if (!match.Success || !(match.Groups[2].Success || match.Groups[3].Success))
        {
            return false;
        }

        try
        {
            var months = checked(((long)Part(match.Groups[2]) * 12) + (long)Part(match.Groups[3]));
            value = new YearsMonthsDuration(match.Groups[1].Success ? -months : months);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>duration(): days and time, or years and months.</summary>
    public static object? ParseDuration(string text) =>
        TryParseDaysTime(text, out var daysTime) ? daysTime
        : TryParseYearsMonths(text, out var yearsMonths) ? yearsMonths
        : null;

    /// <summary>The value of an @"…" literal: a date, date and time, time or duration.</summary>
    public static object? ParseAtLiteral(string text) =>
        TryParseDate(text, out var date) ? date
        : TryParseDateTime(text, out var dateTime) ? dateTime
        : TryParseTime(text, out var time) ? time
        : ParseDuration(text);

    private static decimal Part(Group group) =>
        group.Success ? decimal.Parse(group.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0m;
}
