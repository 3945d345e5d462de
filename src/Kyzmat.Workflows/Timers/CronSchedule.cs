using System.Globalization;

namespace Kyzmat.Workflows.Timers;

/// <summary>
/// A cron expression as Camunda 8 reads it (Spring's form): six fields — second, minute, hour, day of month, month,
/// day of week — or five without the seconds, with lists, ranges, steps, names (JAN, MON) and the macros @yearly,
/// @monthly, @weekly, @daily and @hourly; evaluated in UTC.
/// </summary>
internal sealed class CronSchedule : ITimerSchedule
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 0 1 1 *", ["@annually"] = "0 0 0 1 1 *", ["@monthly"] = "0 0 0 1 * *",
        ["@weekly"] = "0 0 0 * * 0", ["@daily"] = "0 0 0 * * *", ["@midnight"] = "0 0 0 * * *", ["@hourly"] = "0 0 * * * *",
    };

    private readonly bool[] _seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek;
    private readonly bool _anyDayOfMonth, _anyDayOfWeek;

    private CronSchedule(bool[][] fields, bool anyDayOfMonth, bool anyDayOfWeek)
    {
        (_seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        (_anyDayOfMonth, _anyDayOfWeek) = (anyDayOfMonth, anyDayOfWeek);
    }

    public static bool TryParse(string text, out CronSchedule schedule, out string error)
    {
        schedule = null!;
        var expanded = Macros.TryGetValue(text.Trim(), out var macro) ? macro : text.Trim();
        var fields = expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5)
        {
            fields = ["0", .. fields];
        }

        if (fields.Length != 6)
        {
            error = $"'{text}' is neither an ISO-8601 repeating interval (R5/PT10S) nor a cron expression of five or six fields.";
            return false;
        }

        var ranges = new (int Min, int Max, string[]? Names)[] { (0, 59, null), (0, 59, null), (0, 23, null), (1, 31, null), (1, 12, Months), (0, 7, Days) };
        var parsed = new bool[6][];
        for (var i = 0; i < 6; i++)
        {
            if (ParseField(fields[i], ranges[i].Min, ranges[i].Max, ranges[i].Names, i == 4 ? 1 : 0) is not { } allowed)
            {
                error = $"The cron field '{fields[i]}' of '{text}' is not valid.";
                return false;
            }

            parsed[i] = allowed;
        }

        parsed[5][0] |= parsed[5][7]; // 7 is Sunday too
        error = "";
        schedule = new CronSchedule(parsed, fields[3] is "*" or "?", fields[5] is "*" or "?");
        return true;
    }

    public DateTime? Next(DateTime cycleStart, DateTime after)
    {
        var from = after.AddTicks(TimeSpan.TicksPerSecond - (after.Ticks % TimeSpan.TicksPerSecond));
        // Four years and a day cover every combination of day of month, month and weekday (29 February included).
        for (var day = from.Date; day <= from.Date.AddDays(4 * 366); day = day.AddDays(1))
        {
            if (!_months[day.Month] || !DayMatches(day))
            {
                continue;
            }

            for (var hour = 0; hour < 24; hour++)
            {
                for (var minute = 0; _hours[hour] && minute < 60; minute++)
                {
                    for (var second = 0; _minutes[minute] && second < 60; second++)
                    {
                        var moment = day.AddHours(hour).AddMinutes(minute).AddSeconds(second);
                        if (_seconds[second] && moment >= from)
                        {
                            return DateTime.SpecifyKind(moment, DateTimeKind.Utc);
                        }
                    }
                }
            }
        }

        return null;
    }

    // As cron has it: when both day fields are restricted, either may match.
    private bool DayMatches(DateTime day) => (_anyDayOfMonth, _anyDayOfWeek) switch
    {
        (true, true) => true,
        (false, true) => _daysOfMonth[day.Day],
        (true, false) => _daysOfWeek[(int)day.DayOfWeek],
        _ => _daysOfMonth[day.Day] || _daysOfWeek[(int)day.DayOfWeek],
    };

    private static bool[]? ParseField(string field, int min, int max, string[]? names, int nameOffset)
    {
        var allowed = new bool[max + 1];
        foreach (var part in field.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => (r, n),
                _ => ((string?)null, 0),
            };
            if (range is null)
            {
                return null;
            }

            int from, to;
            if (range is "*" or "?")
            {
                (from, to) = (min, max);
            }
            else if (range.Split('-') is [var a, var b] && Value(a, names, nameOffset) is { } x && Value(b, names, nameOffset) is { } y)
            {
                (from, to) = (x, y);
            }
            else if (Value(range, names, nameOffset) is { } single)
            {
                (from, to) = (single, step > 1 ? max : single);
            }
            else
            {
                return null;
            }

            if (from < min || to > max || from > to)
            {
                return null;
            }

            for (var v = from; v <= to; v += step)
            {
                allowed[v] = true;
            }
        }

        return allowed;
    }

    private static int? Value(string text, string[]? names, int nameOffset)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var index = names is null ? -1 : Array.FindIndex(names, n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + nameOffset;
    }
}
