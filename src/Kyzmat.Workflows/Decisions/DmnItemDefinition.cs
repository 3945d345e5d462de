using System.Xml.Linq;

namespace Kyzmat.Workflows.Decisions;

/// <summary>An itemDefinition: a base type, a collection of one, or a structure of components; optionally with allowed values.</summary>
public sealed record DmnItemDefinition(
    string Name,
    string? TypeRef,
    bool IsCollection,
    IReadOnlyList<DmnItemDefinition> Components,
    string? AllowedValues)
{
    public static DmnItemDefinition Read(XElement element, XNamespace ns)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new(
            (string?)element.Attribute("name") ?? "",
            element.Element(ns + "typeRef")?.Value.Trim(),
            (string?)element.Attribute("isCollection") == "true",
            element.Elements(ns + "itemComponent").Select(c => Read(c, ns)).ToList(),
            element.Element(ns + "allowedValues")?.Element(ns + "text")?.Value);
    }
}
