namespace Kyzmat.Workflows.Expressions;

/// <summary>"instance of": whether a value conforms to a FEEL type.</summary>
internal static class FeelTypes
{
    public static bool IsInstance(object? value, FeelTypeRef type)
    {
        switch (type.Name)
        {
            case "Any":
                return value is not null;
            case "Null":
                return value is null;
            case "list":
                return value is List<object?> list && (type.Arguments is not [var element] || list.All(i => i is null || IsInstance(i, element)));
            case "range":
                return value is FeelRange range && (type.Arguments is not [var endpoint]
                    || (Bound(range.Start, endpoint) && Bound(range.End, endpoint)));
            case "context":
                return value is Dictionary<string, object?> context && (type.FieldNames is null
                    || type.FieldNames.Select((name, i) => context.TryGetValue(name, out var v) && (v is null || IsInstance(v, type.Arguments![i]))).All(ok => ok));
            case "function":
                return value is FeelFunction function && (type.Arguments is null
                    || function.Overloads.Any(o => o.Parameters.Count == type.Arguments.Count));
            default:
                return value is not null && NameOf(value) == type.Name;
        }
    }

    private static bool Bound(object? value, FeelTypeRef type) =>
        value is null || ReferenceEquals(value, FeelRange.Unbounded) || IsInstance(value, type);

    /// <summary>The FEEL type name of a value.</summary>
    public static string NameOf(object? value) => value switch
    {
        null => "Null",
        bool => "boolean",
        decimal => "number",
        string => "string",
        FeelDate => "date",
        FeelTime => "time",
        FeelDateTime => "date and time",
        TimeSpan => "days and time duration",
        YearsMonthsDuration => "years and months duration",
        List<object?> => "list",
        Dictionary<string, object?> => "context",
        FeelRange => "range",
        FeelFunction => "function",
        _ => value.GetType().Name,
    };
}
