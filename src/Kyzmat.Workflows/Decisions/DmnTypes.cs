using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Decisions;

/// <summary>DMN typeRefs: whether a value conforms to one, and the coercions DMN 1.5 applies (singleton lists, non-conforming to null).</summary>
public sealed class DmnTypes(IReadOnlyDictionary<string, DmnItemDefinition> itemDefinitions)
{
    public object? Coerce(object? value, string? typeRef)
    {
        if (value is null || typeRef is null || typeRef == "Any")
        {
            return value;
        }

        var collection = IsCollection(typeRef);
        if (!collection && value is List<object?> { Count: 1 } single)
        {
            value = single[0];
        }

        return Conforms(value, typeRef) ? value : null;
    }

    private bool IsCollection(string typeRef) =>
        itemDefinitions.TryGetValue(typeRef, out var definition) && (definition.IsCollection || (definition.TypeRef is { } inner && IsCollection(inner)));

    public bool Conforms(object? value, string? typeRef) =>
        value is null || typeRef is null || (itemDefinitions.TryGetValue(typeRef, out var definition) ? Conforms(value, definition, true) : ConformsToBuiltIn(value, typeRef));

    private bool Conforms(object? value, DmnItemDefinition definition, bool checkCollection)
    {
        if (value is null)
        {
            return true;
        }

        if (checkCollection && definition.IsCollection)
        {
            return value is List<object?> list && list.All(item => Conforms(item, definition, false));
        }

        if (definition.Components.Count > 0)
        {
            return value is Dictionary<string, object?> context
                && definition.Components.All(c => context.TryGetValue(c.Name, out var entry) && Conforms(entry, c, true));
        }

        return Conforms(value, definition.TypeRef) && Allowed(value, definition.AllowedValues);
    }

    private static bool Allowed(object? value, string? allowedValues)
    {
        if (allowedValues is null)
        {
            return true;
        }

        var test = FeelExpression.Parse($"tested value in ({allowedValues})", ["tested value"]);
        return test.Evaluate(new Dictionary<string, object?> { ["tested value"] = value }, DateTimeOffset.UnixEpoch) is true;
    }

    private static bool ConformsToBuiltIn(object value, string typeRef) => FeelTypeName(typeRef) is not { } name || FeelTypeName(value) == name;

    private static string? FeelTypeName(string typeRef) => typeRef switch
    {
        "number" or "string" or "boolean" or "date" or "time" or "context" or "list" or "function" or "range" => typeRef,
        "dateTime" or "date and time" => "date and time",
        "dayTimeDuration" or "days and time duration" => "days and time duration",
        "yearMonthDuration" or "years and months duration" => "years and months duration",
        _ => null,
    };

    private static string FeelTypeName(object value) => value switch
    {
        decimal => "number",
        string => "string",
        bool => "boolean",
        FeelDate => "date",
        FeelTime => "time",
        FeelDateTime => "date and time",
        TimeSpan => "days and time duration",
        YearsMonthsDuration => "years and months duration",
        List<object?> => "list",
        Dictionary<string, object?> => "context",
        FeelRange => "range",
        _ => "function",
    };
}
