using System.Globalization;
using System.Text;

namespace Kyzmat.Workflows.Tests.Decisions;

/// <summary>Writes small DMN 1.3 files for the tests, as Camunda Modeler saves them.</summary>
internal static class Dmn
{
    public const string Namespace = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    public static string Definitions(string id, params string[] decisions) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="{Namespace}" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="{id}" name="{id} decisions" namespace="http://camunda.org/schema/1.0/dmn">
        {string.Join("\n", decisions)}
        </definitions>
        """;

    /// <summary>
    /// A decision table. <paramref name="inputs"/> are input expressions; <paramref name="outputs"/> are "name" or
    /// "name:outputValues"; each rule is its input entries then its output entries, separated by '|'.
    /// </summary>
    public static string Table(string id, string hitPolicy, string[] inputs, string[] outputs, string[] rules, string? aggregation = null,
        string? requires = null, string? defaults = null, string? versionTag = null)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""<decision id="{id}" name="{id} name"{(versionTag is null ? "" : $" zeebe:versionTag=\"{versionTag}\"")}>""");
        foreach (var required in (requires ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<informationRequirement id="{id}_req_{required}"><requiredDecision href="#{required}" /></informationRequirement>""");
        }

        xml.Append(CultureInfo.InvariantCulture, $"""<decisionTable id="{id}_table" hitPolicy="{hitPolicy}"{(aggregation is null ? "" : $" aggregation=\"{aggregation}\"")}>""");
        for (var i = 0; i < inputs.Length; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<input id="{id}_in{i}" label="in{i}"><inputExpression id="{id}_ie{i}"><text>{Escape(inputs[i])}</text></inputExpression></input>""");
        }

        for (var i = 0; i < outputs.Length; i++)
        {
            var parts = outputs[i].Split(':', 2);
            xml.Append(CultureInfo.InvariantCulture, $"""<output id="{id}_out{i}" name="{parts[0]}">""");
            if (parts.Length > 1)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<outputValues><text>{Escape(parts[1])}</text></outputValues>");
            }

            if (defaults is not null)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<defaultOutputEntry><text>{Escape(defaults.Split('|')[i])}</text></defaultOutputEntry>");
            }

            xml.Append("</output>");
        }

        for (var r = 0; r < rules.Length; r++)
        {
            var cells = rules[r].Split('|');
            xml.Append(CultureInfo.InvariantCulture, $"""<rule id="{id}_r{r + 1}">""");
            for (var c = 0; c < cells.Length; c++)
            {
                var tag = c < inputs.Length ? "inputEntry" : "outputEntry";
                xml.Append(CultureInfo.InvariantCulture, $"""<{tag} id="{id}_r{r + 1}_c{c}"><text>{Escape(cells[c].Trim())}</text></{tag}>""");
            }

            xml.Append("</rule>");
        }

        return xml.Append("</decisionTable></decision>").ToString();
    }

    public static string Literal(string id, string expression, string? requires = null, string? variableName = null)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""<decision id="{id}" name="{id} name">""");
        if (variableName is not null)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<variable id="{id}_var" name="{variableName}" />""");
        }

        foreach (var required in (requires ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<informationRequirement id="{id}_req_{required}"><requiredDecision href="#{required}" /></informationRequirement>""");
        }

        return xml.Append(CultureInfo.InvariantCulture, $"<literalExpression id=\"{id}_lit\"><text>{Escape(expression)}</text></literalExpression></decision>").ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
