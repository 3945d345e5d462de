using System.Globalization;
using System.Xml.Linq;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Tests.Tck;

internal sealed record TckCase(string Id, IReadOnlyDictionary<string, XElement> Inputs, IReadOnlyList<TckResult> Results);

internal sealed record TckResult(string Decision, XElement? Expected, bool ErrorExpected);

/// <summary>Reads a TCK *-test-01.xml and turns its values (value / component / list, xsi:type, xsi:nil) into FEEL values.</summary>
internal static class TckCases
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static List<TckCase> Load(string path)
    {
        var root = XDocument.Load(path, LoadOptions.PreserveWhitespace).Root!;
        var ns = root.Name.Namespace;
        return root.Elements(ns + "testCase")
            .Select(c => new TckCase(
                (string)c.Attribute("id")!,
                c.Elements(ns + "inputNode").ToDictionary(i => (string)i.Attribute("name")!, i => i),
                c.Elements(ns + "resultNode").Select(r => new TckResult(
                    (string)r.Attribute("name")!,
                    r.Element(ns + "expected"),
                    (bool?)r.Attribute("errorResult") ?? false)).ToList()))
            .ToList();
    }

    /// <summary>The value an inputNode or expected element holds; <paramref name="typeRef"/> types untyped simple values.</summary>
    public static object? ReadValue(XElement holder, string? typeRef, DmnModel model)
    {
        var ns = holder.Name.Namespace;
        if (holder.Element(ns + "list") is { } list)
        {
            var itemType = ElementType(typeRef, model);
            return list.Elements(ns + "item").Select(item => ReadValue(item, itemType, model)).ToList();
        }

        var components = holder.Elements(ns + "component").ToList();
        if (components.Count > 0)
        {
            var definition = typeRef is not null ? model.ItemDefinitions.GetValueOrDefault(typeRef) : null;
            return components.ToDictionary(
                c => (string)c.Attribute("name")!,
                c => ReadValue(c, definition?.Components.FirstOrDefault(d => d.Name == (string)c.Attribute("name")!)?.TypeRef, model),
                StringComparer.Ordinal);
        }

        if (holder.Element(ns + "value") is not { } value || (bool?)value.Attribute(Xsi + "nil") == true)
        {
            return null;
        }

        return ReadSimple(value, BaseType(typeRef, model));
    }

    private static string? ElementType(string? typeRef, DmnModel model) =>
        typeRef is not null && model.ItemDefinitions.TryGetValue(typeRef, out var definition)
            ? (definition.IsCollection ? definition.TypeRef : ElementType(definition.TypeRef, model))
            : null;

    private static string? BaseType(string? typeRef, DmnModel model) =>
        typeRef is not null && model.ItemDefinitions.TryGetValue(typeRef, out var definition) ? BaseType(definition.TypeRef, model) : typeRef;

    private static object? ReadSimple(XElement value, string? typeRef)
    {
        var text = value.Value;
        var type = ((string?)value.Attribute(Xsi + "type"))?.Split(':')[^1] ?? typeRef switch
        {
            "number" => "decimal",
            "boolean" => "boolean",
            "date" => "date",
            "time" => "time",
            "dateTime" or "date and time" => "dateTime",
            "dayTimeDuration" or "yearMonthDuration" or "days and time duration" or "years and months duration" => "duration",
            _ => "string",
        };

        return type switch
        {
            "decimal" or "double" or "integer" or "int" or "long" or "float" =>
                decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : text.Trim(),
            "boolean" => text.Trim() == "true",
            "date" => Temporal(text, "date"),
            "time" => Temporal(text, "time"),
            "dateTime" => Temporal(text, "date and time"),
            "duration" => Temporal(text, "duration"),
            _ => text,
        };
    }

    /// <summary>A temporal value through FEEL's own conversion function, so that the harness reads text as FEEL does.</summary>
    private static object? Temporal(string text, string function) =>
        FeelExpression.Parse($"{function}(text)", ["text"]).Evaluate(new Dictionary<string, object?> { ["text"] = text.Trim() }, DateTimeOffset.UnixEpoch);
}
