using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// Conversions between JSON variables and FEEL values: null, bool, decimal, string, <see cref="FeelDate"/>,
/// <see cref="FeelTime"/>, <see cref="FeelDateTime"/>, TimeSpan (days and time duration), <see cref="YearsMonthsDuration"/>,
/// <see cref="FeelRange"/>, List&lt;object?&gt;, Dictionary&lt;string, object?&gt; (context) and functions (opaque).
/// Temporal values become ISO 8601 strings in JSON, as Camunda writes them.
/// </summary>
public static class FeelValues
{
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                return obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal);
            case JsonArray array:
                return array.Select(FromJson).ToList();
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    // A number past decimal's range (1e400) is null, as FEEL's type errors are.
                    JsonValueKind.Number => value.TryGetValue<decimal>(out var d)
                        ? d
                        : decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
                    JsonValueKind.String => value.TryGetValue<string>(out var s) ? s : JsonSerializer.Deserialize<string>(value.ToJsonString()),
                    _ => null,
                };
            default:
                return null;
        }
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        decimal d when d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue => JsonValue.Create((long)d),
        decimal d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        DateTimeOffset t => JsonValue.Create(FormatDateTime(t)),
        FeelDate or FeelTime or FeelDateTime or TimeSpan or YearsMonthsDuration or FeelRange => JsonValue.Create(FeelText.Format(value)),
        List<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        Dictionary<string, object?> context => new JsonObject(context.Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value)))),
        _ => null,
    };

    /// <summary>
    /// Throws when a value would be too large to write out: lists and contexts can share parts, so a small
    /// expression can build a value whose written form is exponentially large.
    /// </summary>
    internal static void EnsureBounded(object? value)
    {
        long remaining = FeelBudget.MaxItems * 10L;
        long characters = 0;
        var pending = new Stack<(object? Value, int Depth)>();
        void Push(object? item, int depth)
        {
            if (--remaining < 0 || depth > 64)
            {
                throw FeelBudget.Exceeded("The result is too large or too deeply nested to write out.");
            }

            pending.Push((item, depth));
        }

        Push(value, 0);
        while (pending.TryPop(out var entry))
        {
            switch (entry.Value)
            {
                case string s:
                    characters += s.Length;
                    FeelBudget.CheckLength(characters);
                    break;
                case List<object?> list:
                    list.ForEach(item => Push(item, entry.Depth + 1));
                    break;
                case Dictionary<string, object?> context:
                    foreach (var item in context.Values)
                    {
                        Push(item, entry.Depth + 1);
                    }

                    break;
            }
        }
    }

    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>The instant of a date and time (a local one counts as UTC); false outside the years 1–9999.</summary>
    public static bool TryGetInstant(FeelDateTime value, out DateTimeOffset instant)
    {
        instant = default;
        if (value.Date.Year is < 1 or > 9999)
        {
            return false;
        }

        try
        {
            instant = value.ToDateTimeOffset();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>Parses an ISO-8601 date and time; without an offset it is taken as UTC.</summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value)
        && text.Contains('-', StringComparison.Ordinal);

    /// <summary>Parses an ISO-8601 duration such as P3D or PT1H30M (years and months count as 365 and 30 days).</summary>
    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || !(trimmed[0] == 'P' || (trimmed[0] == '-' && trimmed.Length > 2 && trimmed[1] == 'P')))
        {
            return false;
        }

        try
        {
            value = XmlConvert.ToTimeSpan(trimmed);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    internal static string TypeName(object? value) => value is null ? "null" : FeelTypes.NameOf(value);
}
