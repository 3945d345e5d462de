using System.Xml.Linq;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>Reads bpmn:multiInstanceLoopCharacteristics with its zeebe:loopCharacteristics, as Camunda Modeler writes them.</summary>
internal static class MultiInstanceReader
{
    public static MultiInstanceDefinition? Read(string id, XElement loop, List<Finding> findings)
    {
        var zeebe = loop.Element(BpmnNamespaces.Bpmn + "extensionElements")?.Element(BpmnNamespaces.Zeebe + "loopCharacteristics");
        var inputCollection = zeebe?.Attribute("inputCollection")?.Value;
        var inputElement = NullIfBlank(zeebe?.Attribute("inputElement")?.Value);
        var outputCollection = NullIfBlank(zeebe?.Attribute("outputCollection")?.Value);
        var outputElement = NullIfBlank(zeebe?.Attribute("outputElement")?.Value);
        var completion = NullIfBlank(loop.Element(BpmnNamespaces.Bpmn + "completionCondition")?.Value.Trim());
        var valid = true;
        if (string.IsNullOrWhiteSpace(inputCollection))
        {
            findings.Add(new Finding(id, FindingCodes.MultiInstanceInvalid,
                "A multi-instance activity needs a zeebe:loopCharacteristics inputCollection (a loop cardinality alone is not run by Camunda 8)."));
            valid = false;
        }

        if ((outputCollection is null) != (outputElement is null))
        {
            findings.Add(new Finding(id, FindingCodes.MultiInstanceInvalid, "zeebe:loopCharacteristics needs both outputCollection and outputElement, or neither."));
            valid = false;
        }

        foreach (var (what, expression) in new[] { ("inputCollection", inputCollection), ("outputElement", outputElement), ("completionCondition", completion) })
        {
            if (expression is not null && FeelExpression.Check(expression) is { } error)
            {
                findings.Add(new Finding(id, FindingCodes.ExpressionInvalid, $"The multi-instance {what} '{expression}' is invalid: {error}"));
                valid = false;
            }
        }

        return valid
            ? new MultiInstanceDefinition((string?)loop.Attribute("isSequential") == "true", inputCollection!, inputElement, outputCollection, outputElement, completion)
            : null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
