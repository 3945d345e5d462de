using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Kyzmat.Workflows.Expressions;

/// <summary>
/// Conversions between JSON variables and FEEL values: null, bool, decimal, string, DateTimeOffset,
/// TimeSpan (duration), List&lt;object?&gt; and Dictionary&lt;string, object?&gt; (context).
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
                    JsonValueKind.Number => value.TryGetValue<decimal>(out var d)
                        ? d
                        : decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
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
        TimeSpan t => JsonValue.Create(XmlConvert.ToString(t)),
        List<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        Dictionary<string, object?> context => new JsonObject(context.Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value)))),
        _ => JsonValue.Create(value.ToString()),
    };

    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

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

    internal static string TypeName(object? value) => value switch
    {
        null => "null",
        bool => "boolean",
        decimal => "number",
        string => "string",
        DateTimeOffset => "date and time",
        TimeSpan => "duration",
        List<object?> => "list",
        Dictionary<string, object?> => "context",
        _ => value.GetType().Name,
    };
}
