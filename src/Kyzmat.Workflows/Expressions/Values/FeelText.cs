using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kyzmat.Workflows.Expressions;

/// <summary>FEEL's text form of values, as string() gives them.</summary>
internal static class FeelText
{
    public static string? ToFeelString(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => Format(value),
    };

    /// <summary>The text of a value, bounded: lists and contexts may share parts, so their text may be far larger than they are.</summary>
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        // A list can hold itself (for … return partial): walkers of nested values check the stack as they descend.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        FeelBudget.Charge();
        switch (value)
        {
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            case Dictionary<string, object?> context:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in context)
                {
                    builder.Append(first ? "" : ", ").Append(key).Append(':');
                    first = false;
                    Write(builder, item);
                }

                builder.Append('}');
                break;
            default:
                builder.Append(FormatScalar(value));
                break;
        }

        FeelBudget.CheckLength(builder.Length);
    }

    private static string FormatScalar(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        decimal d => Format(d),
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        FeelDate date => Format(date),
        FeelTime time => Format(time),
        FeelDateTime dateTime => Format(dateTime),
        TimeSpan duration => Format(duration),
        YearsMonthsDuration duration => Format(duration),
        FeelRange range => Format(range),
        FeelFunction function => function.ToString(),
        _ => value.ToString() ?? "",
    };

    public static string Format(decimal value)
    {
        // Dividing by 1.000… drops trailing zeros; decimal.ToString never uses an exponent.
        var normalized = value / 1.0000000000000000000000000000m;
        return normalized.ToString(CultureInfo.InvariantCulture);
    }

    public static string Format(FeelDate date)
    {
        var year = date.Year < 0 ? "-" + (-date.Year).ToString("0000", CultureInfo.InvariantCulture) : date.Year.ToString("0000", CultureInfo.InvariantCulture);
        return $"{year}-{date.Month:00}-{date.Day:00}";
    }

    public static string Format(FeelTime time) => FormatClock(time.TimeOfDay) + FormatZone(time.Offset, time.Zone);

    public static string Format(FeelDateTime value) =>
        Format(value.Date) + "T" + FormatClock(value.TimeOfDay) + FormatZone(value.Offset, value.Zone);

    private static string FormatClock(TimeSpan t)
    {
        var text = $"{t.Hours:00}:{t.Minutes:00}:{t.Seconds:00}";
        var fraction = t.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? text : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static string FormatZone(TimeSpan? offset, string? zone)
    {
        if (zone is not null)
        {
            return "@" + zone;
        }

        if (offset is not { } o)
        {
            return "";
        }

        if (o == TimeSpan.Zero)
        {
            return "Z";
        }

        var sign = o < TimeSpan.Zero ? "-" : "+";
        var abs = o.Duration();
        return abs.Seconds == 0 ? $"{sign}{abs.Hours:00}:{abs.Minutes:00}" : $"{sign}{abs.Hours:00}:{abs.Minutes:00}:{abs.Seconds:00}";
    }

    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var builder = new StringBuilder(duration < TimeSpan.Zero ? "-P" : "P");
        var abs = duration.Duration();
        if (abs.Days > 0)
        {
            builder.Append(abs.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (abs.Ticks % TimeSpan.TicksPerDay != 0)
        {
            builder.Append('T');
            Append(builder, abs.Hours, 'H');
            Append(builder, abs.Minutes, 'M');
            var fraction = abs.Ticks % TimeSpan.TicksPerSecond;
            if (abs.Seconds != 0 || fraction != 0)
            {
                builder.Append(abs.Seconds.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0)
                {
                    builder.Append('.').Append(fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                builder.Append('S');
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, int value, char unit)
    {
        if (value != 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    public static string Format(YearsMonthsDuration duration)
    {
        if (duration.TotalMonths == 0)
        {
            return "P0M";
        }

        var abs = Math.Abs(duration.TotalMonths);
        var builder = new StringBuilder(duration.TotalMonths < 0 ? "-P" : "P");
        if (abs >= 12)
        {
            builder.Append((abs / 12).ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (abs % 12 != 0)
        {
            builder.Append((abs % 12).ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        return builder.ToString();
    }

    public static string Format(FeelRange range)
    {
        if (ReferenceEquals(range.Start, FeelRange.Unbounded))
        {
            return (range.EndIncluded ? "<= " : "< ") + Format(range.End);
        }

        if (ReferenceEquals(range.End, FeelRange.Unbounded))
        {
            return (range.StartIncluded ? ">= " : "> ") + Format(range.Start);
        }

        return (range.StartIncluded ? "[" : "(") + Format(range.Start) + ".." + Format(range.End) + (range.EndIncluded ? "]" : ")");
    }
}
