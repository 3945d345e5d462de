using System.Xml.Linq;
using Kyzmat.Workflows.Decisions;

namespace Kyzmat.Workflows.Tests.Tck;

/// <summary>The parts of a DMN model a literal-expression harness needs: decisions, input data and item definitions.</summary>
internal sealed class DmnModel
{
    public Dictionary<string, DmnDecision> Decisions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> InputTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DmnItemDefinition> ItemDefinitions { get; } = new(StringComparer.Ordinal);

    public static DmnModel Load(string path)
    {
        var root = XDocument.Load(path).Root!;
        var ns = root.Name.Namespace;
        var model = new DmnModel();
        foreach (var item in root.Elements(ns + "itemDefinition"))
        {
            var definition = DmnItemDefinition.Read(item, ns);
            model.ItemDefinitions[definition.Name] = definition;
        }

        foreach (var input in root.Elements(ns + "inputData"))
        {
            model.InputTypes[(string)input.Attribute("name")!] = (string?)input.Element(ns + "variable")?.Attribute("typeRef");
        }

        foreach (var decision in root.Elements(ns + "decision"))
        {
            var name = (string)decision.Attribute("name")!;
            model.Decisions[name] = new DmnDecision(
                name,
                (string?)decision.Element(ns + "variable")?.Attribute("typeRef"),
                decision.Element(ns + "literalExpression")?.Element(ns + "text")?.Value);
        }

        return model;
    }

    /// <summary>Every name an expression of this model may use: decisions and input data.</summary>
    public IEnumerable<string> Names => Decisions.Keys.Concat(InputTypes.Keys);
}

internal sealed record DmnDecision(string Name, string? TypeRef, string? Text);
