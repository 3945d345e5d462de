using System.Globalization;

namespace Kyzmat.Workflows.Expressions;

/// <summary>string(), number(), date(), time(), date and time(), duration(), years and months duration(), context(), range().</summary>
internal static class ConversionFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.Add("string", ["from"], (_, a) => a[0] is null ? null : Text(a[0]));
        t.Add("number", ["from"], (_, a) => a[0] is string s ? ParseNumber(s) : null);
        t.Add("number", ["from", "grouping separator", "decimal separator"], (_, a) => Number(a[0], a[1], a[2]));
        t.Add("date", ["from"], (_, a) => Date(a[0]));
        t.Add("date", ["year", "month", "day"], (_, a) =>
            a is [decimal y, decimal m, decimal d] && Arguments.IsInteger(y) && Arguments.Int(m) is { } month && Arguments.Int(d) is { } day
                && FeelDate.IsValid((long)y, month, day) ? new FeelDate((long)y, month, day) : null);
        t.Add("time", ["from"], (_, a) => Time(a[0]));
        t.Add("time", ["hour", "minute", "second"], (_, a) => Time(a[0], a[1], a[2], null));
        t.Add("time", ["hour", "minute", "second", "offset"], (_, a) => a[3] is null or TimeSpan ? Time(a[0], a[1], a[2], a[3] as TimeSpan?) : null);
        t.Add("date and time", ["from"], (_, a) => a[0] switch
        {
            string s => TemporalParser.TryParseDateTime(s, out var v) ? v : null,
            FeelDateTime v => v,
            _ => null,
        });
        t.Add("date and time", ["date", "time"], (_, a) => DateAndTime(a[0], a[1]));
        t.Add("duration", ["from"], (_, a) => a[0] is string s ? TemporalParser.ParseDuration(s) : null);
        t.Add("years and months duration", ["from", "to"], (_, a) => YearsAndMonths(a[0], a[1]));
        t.Add("context", ["entries"], (_, a) => Context(a[0]));
        t.Add("range", ["from"], (e, a) => a[0] is string s ? Range(e, s) : null);
    }

    private static string Text(object? value)
    {
        var text = FeelText.ToFeelString(value)!;
        FeelBudget.CheckLength(text.Length);
        return text;
    }

    public static decimal? ParseNumber(string text) =>
        text.Length > 0 && text.Length < 100 && text.Trim() == text && !text.StartsWith('+')
        && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    private static decimal? Number(object? from, object? grouping, object? separator)
    {
        if (from is not string text || grouping is not (null or " " or "," or ".") || separator is not (null or "." or ",")
            || (grouping is not null && Equals(grouping, separator)))
        {
            return null;
        }

        if (grouping is string g)
        {
            text = text.Replace(g, "", StringComparison.Ordinal);
        }

        if (separator is "," )
        {
            text = text.Replace(',', '.');
        }

        return ParseNumber(text);
    }

    private static object? Date(object? from) => from switch
    {
        string s => TemporalParser.TryParseDate(s, out var d) ? d : null,
        FeelDate d => d,
        FeelDateTime dt => dt.Date,
        _ => null,
    };

    private static object? Time(object? from) => from switch
    {
        string s => TemporalParser.TryParseTime(s, out var t) ? t : null,
        FeelTime t => t,
        FeelDateTime dt => new FeelTime(dt.TimeOfDay, dt.Offset, dt.Zone),
        FeelDate => new FeelTime(TimeSpan.Zero, TimeSpan.Zero, null),
        _ => null,
    };

    private static object? Time(object? hour, object? minute, object? second, TimeSpan? offset)
    {
        if (Arguments.Int(hour) is not { } h || Arguments.Int(minute) is not { } m || second is not decimal s
            || h is < 0 or > 23 || m is < 0 or > 59 || s < 0 || s >= 60)
        {
            return null;
        }

        if (offset is { } o && (o.Duration() > TimeSpan.FromHours(18) || o.Ticks % TimeSpan.TicksPerSecond != 0))
        {
            return null;
        }

        var time = new TimeSpan(h, m, 0) + TimeSpan.FromTicks((long)(s * TimeSpan.TicksPerSecond));
        return new FeelTime(time, offset, null);
    }

    private static object? DateAndTime(object? date, object? time)
    {
        var day = date switch
        {
            FeelDate d => d,
            FeelDateTime dt => dt.Date,
            _ => (FeelDate?)null,
        };

        return day is { } dd && time is FeelTime t ? new FeelDateTime(dd, t.TimeOfDay, t.Offset, t.Zone) : null;
    }

    private static object? YearsAndMonths(object? from, object? to)
    {
        static FeelDate? DateOf(object? value) => value switch
        {
            FeelDate d => d,
            FeelDateTime dt => dt.Date,
            _ => null,
        };

        return DateOf(from) is { } a && DateOf(to) is { } b ? TemporalArithmetic.MonthsBetween(a, b) : null;
    }

    private static object? Context(object? entries)
    {
        var list = entries switch
        {
            List<object?> l => l,
            Dictionary<string, object?> single => [single],
            _ => null,
        };

        if (list is null)
        {
            return null;
        }

        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is not Dictionary<string, object?> entry || entry.GetValueOrDefault("key") is not string key
                || !entry.TryGetValue("value", out var value) || !context.TryAdd(key, value))
            {
                return null;
            }
        }

        return context;
    }

    private static object? Range(FeelEvaluator evaluator, string text)
    {
        try
        {
            var node = FeelParser.Parse(text);
            if (node is not RangeNode range || !IsLiteralEndpoint(range.Start) || !IsLiteralEndpoint(range.End))
            {
                return null;
            }

            // range() refuses a descending range, which a range literal keeps.
            var value = evaluator.Evaluate(node, FeelScope.Root(_ => (false, null))) as FeelRange;
            return value is { Start: var start, End: var end } && FeelComparer.Compare(start, end) > 0 ? null : value;
        }
        catch (FeelException)
        {
            return null;
        }
    }

    // range() reads literals only: numbers, strings, @-literals, null and the temporal conversion functions.
    private static bool IsLiteralEndpoint(FeelNode? node) => node switch
    {
        null or LiteralNode => true,
        NegationNode { Operand: LiteralNode } => true,
        CallNode { Callee: NameNode { Name: "date" or "time" or "date and time" or "duration" }, Arguments: [LiteralNode] } => true,
        _ => false,
    };
}
