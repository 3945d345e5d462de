using System.Text;

namespace Kyzmat.Workflows.Expressions;

/// <summary>String built-ins; positions and lengths count Unicode code points, not UTF-16 chars.</summary>
internal static class StringFunctions
{
    public static void Register(BuiltinTable t)
    {
        t.AddScalar("substring", ["string", "start position"], (_, a) => a[0] is string s ? Substring(s, a[1], null) : null);
        t.AddScalar("substring", ["string", "start position", "length"], (_, a) => a[0] is string s && a[2] is decimal ? Substring(s, a[1], a[2]) : null);
        t.AddScalar("string length", ["string"], (_, a) => a[0] is string s ? (decimal)CodePoints(s).Length : null);
        t.AddScalar("upper case", ["string"], (_, a) => (a[0] as string)?.ToUpperInvariant());
        t.AddScalar("lower case", ["string"], (_, a) => (a[0] as string)?.ToLowerInvariant());
        t.AddScalar("substring before", ["string", "match"], (_, a) => a is [string s, string m] ? (s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[..i] : "") : null);
        t.AddScalar("substring after", ["string", "match"], (_, a) => a is [string s, string m] ? (s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[(i + m.Length)..] : "") : null);
        t.AddScalar("contains", ["string", "match"], (_, a) => a is [string s, string m] ? s.Contains(m, StringComparison.Ordinal) : null);
        t.AddScalar("starts with", ["string", "match"], (_, a) => a is [string s, string m] ? s.StartsWith(m, StringComparison.Ordinal) : null);
        t.AddScalar("ends with", ["string", "match"], (_, a) => a is [string s, string m] ? s.EndsWith(m, StringComparison.Ordinal) : null);
        t.Add("string join", ["list"], (_, a) => Join(a[0], "", "", ""));
        t.Add("string join", ["list", "delimiter"], (_, a) => Join(a[0], a[1], "", ""));
        t.Add("string join", ["list", "delimiter", "prefix", "suffix"], (_, a) => Join(a[0], a[1], a[2], a[3]));
        t.AddScalar("trim", ["string"], (_, a) => (a[0] as string)?.Trim());
        t.AddScalar("is blank", ["string"], (_, a) => a[0] is string s ? string.IsNullOrWhiteSpace(s) : null);
        t.AddScalar("uuid", [], (_, _) => Guid.NewGuid().ToString());
        t.AddScalar("to base64", ["value"], (_, a) => a[0] is string s ? Convert.ToBase64String(Encoding.UTF8.GetBytes(s)) : null);
    }

    public static int[] CodePoints(string s)
    {
        var points = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                points.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                points.Add(s[i]);
            }
        }

        return [.. points];
    }

    private static string FromCodePoints(IEnumerable<int> points)
    {
        var builder = new StringBuilder();
        foreach (var p in points)
        {
            if (p > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32(p));
            }
            else
            {
                builder.Append((char)p);
            }
        }

        return builder.ToString();
    }

    /// <summary>substring(): 1-based, a negative start counts from the end; fractional positions round half-even, as the spec's examples do.</summary>
    private static string? Substring(string s, object? start, object? length)
    {
        if (start is not decimal startValue)
        {
            return null;
        }

        var points = CodePoints(s);
        var first = (long)decimal.Round(startValue, MidpointRounding.ToEven);
        var index = first > 0 ? first - 1 : points.Length + first;
        if (first == 0 || index < 0 || index > points.Length)
        {
            return first == 0 || index < 0 ? null : "";
        }

        var count = length is decimal l ? (long)decimal.Truncate(l) : points.Length - index;
        if (count < 0)
        {
            return null;
        }

        count = Math.Min(count, points.Length - index);
        return FromCodePoints(points.Skip((int)index).Take((int)count));
    }

    private static string? Join(object? list, object? delimiter, object? prefix, object? suffix)
    {
        if (Arguments.AsList(list) is not { } items || delimiter is not (null or string) || prefix is not (null or string) || suffix is not (null or string))
        {
            return null;
        }

        if (items.Any(i => i is not (null or string)))
        {
            return null;
        }

        var strings = items.OfType<string>().ToList();
        var separator = (string?)delimiter ?? "";
        FeelBudget.CheckLength(strings.Sum(s => (long)s.Length) + ((long)separator.Length * strings.Count) + (((string?)prefix)?.Length ?? 0) + (((string?)suffix)?.Length ?? 0));
        return (string?)prefix + string.Join(separator, strings) + (string?)suffix;
    }
}
