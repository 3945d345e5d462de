using System.Xml.Linq;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>Reads and checks the Zeebe extension elements of one BPMN element.</summary>
internal sealed class ZeebeReader
{
    private static readonly Dictionary<string, ElementKind[]> Allowed = new(StringComparer.Ordinal)
    {
        ["taskDefinition"] = [ElementKind.ServiceTask, ElementKind.SendTask, ElementKind.BusinessRuleTask, ElementKind.ScriptTask,
            ElementKind.MessageThrowEvent, ElementKind.MessageEndEvent, ElementKind.AdHocSubProcess],
        ["taskHeaders"] = [ElementKind.ServiceTask, ElementKind.SendTask, ElementKind.BusinessRuleTask, ElementKind.ScriptTask, ElementKind.UserTask,
            ElementKind.MessageThrowEvent, ElementKind.MessageEndEvent, ElementKind.AdHocSubProcess],
        ["adHoc"] = [ElementKind.AdHocSubProcess],
        ["ioMapping"] = Enum.GetValues<ElementKind>()
            .Where(k => k is not (ElementKind.ExclusiveGateway or ElementKind.ParallelGateway or ElementKind.EventBasedGateway or ElementKind.InclusiveGateway))
            .ToArray(),
        ["script"] = [ElementKind.ScriptTask],
        ["calledDecision"] = [ElementKind.BusinessRuleTask],
        ["calledElement"] = [ElementKind.CallActivity],
        ["assignmentDefinition"] = [ElementKind.UserTask],
        ["taskSchedule"] = [ElementKind.UserTask],
        ["formDefinition"] = [ElementKind.UserTask, ElementKind.StartEvent],
        ["priorityDefinition"] = [ElementKind.UserTask],
        ["linkedResources"] = [ElementKind.ServiceTask, ElementKind.SendTask, ElementKind.BusinessRuleTask, ElementKind.ScriptTask,
            ElementKind.MessageThrowEvent, ElementKind.MessageEndEvent],
        ["userTask"] = [ElementKind.UserTask],
        ["properties"] = Enum.GetValues<ElementKind>(),
        ["executionListeners"] = Enum.GetValues<ElementKind>(),
        ["taskListeners"] = [ElementKind.UserTask],
    };

    private static readonly Dictionary<string, string[]> Attributes = new(StringComparer.Ordinal)
    {
        ["taskDefinition"] = ["type", "retries"],
        ["adHoc"] = ["activeElementsCollection", "outputCollection", "outputElement"],
        ["assignmentDefinition"] = ["assignee", "candidateGroups", "candidateUsers"],
        ["taskSchedule"] = ["dueDate", "followUpDate"],
        ["formDefinition"] = ["formKey", "formId", "externalReference", "bindingType", "versionTag"],
        ["priorityDefinition"] = ["priority"],
        ["linkedResources"] = [],
        ["userTask"] = [],
        ["executionListeners"] = [],
        ["taskListeners"] = [],
        ["script"] = ["expression", "resultVariable"],
        ["calledElement"] = ["processId", "bindingType", "versionTag", "propagateAllParentVariables", "propagateAllChildVariables"],
    };

    private readonly XElement? _extensions;
    private readonly string _id;
    private readonly List<Finding> _findings;

    public ZeebeReader(XElement node, string id, List<Finding> findings)
    {
        _extensions = node.Element(BpmnNamespaces.Bpmn + "extensionElements");
        _id = id;
        _findings = findings;
    }

    public static void CheckExtensions(XElement node, string id, List<Finding> findings, IReadOnlyCollection<string> allowed)
    {
        foreach (var extension in node.Element(BpmnNamespaces.Bpmn + "extensionElements")?.Elements() ?? [])
        {
            if (extension.Name.Namespace != BpmnNamespaces.Zeebe && !BpmnNamespaces.IsOtherEngines(extension.Name.Namespace))
            {
                // Another tool's metadata (Camunda Modeler, Signavio, ADONIS, Open-BPMN): kept in the file, no meaning here.
                continue;
            }

            if (extension.Name.Namespace != BpmnNamespaces.Zeebe || !allowed.Contains(extension.Name.LocalName))
            {
                findings.Add(new Finding(id, FindingCodes.UnsupportedExtension, $"The extension '{extension.Name}' is not supported here and would be ignored."));
            }
            else if (Attributes.TryGetValue(extension.Name.LocalName, out var known))
            {
                foreach (var attribute in extension.Attributes().Where(a => !a.IsNamespaceDeclaration && !known.Contains(a.Name.LocalName)))
                {
                    findings.Add(new Finding(id, FindingCodes.UnsupportedExtension,
                        $"The attribute '{attribute.Name.LocalName}' of zeebe:{extension.Name.LocalName} is not supported and would be ignored."));
                }
            }
        }
    }

    public void CheckAllowed(ElementKind kind) =>
        CheckExtensions(_extensions?.Parent ?? new XElement("none"), _id, _findings,
            Allowed.Where(p => p.Value.Contains(kind)).Select(p => p.Key).ToList());

    public bool Has(string element) => _extensions?.Element(BpmnNamespaces.Zeebe + element) is not null;

    public XElement? Element(string element) => _extensions?.Element(BpmnNamespaces.Zeebe + element);

    public string? Attribute(string element, string attribute) =>
        _extensions?.Element(BpmnNamespaces.Zeebe + element)?.Attribute(attribute)?.Value;

    /// <summary>A property that may be static or a FEEL expression: expressions are syntax-checked.</summary>
    public string? Expression(string element, string attribute)
    {
        var value = Attribute(element, attribute);
        if (FeelExpression.IsExpression(value) && FeelExpression.Check(value!) is { } error)
        {
            _findings.Add(new Finding(_id, FindingCodes.ExpressionInvalid, $"zeebe:{element} {attribute} '{value}': {error}"));
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public IReadOnlyDictionary<string, string> Headers() =>
        (_extensions?.Element(BpmnNamespaces.Zeebe + "taskHeaders")?.Elements(BpmnNamespaces.Zeebe + "header") ?? [])
            .Where(h => h.Attribute("key") is not null)
            .GroupBy(h => h.Attribute("key")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Attribute("value")?.Value ?? "", StringComparer.Ordinal);

    public IReadOnlyList<IoMapping> Mappings(string direction)
    {
        var result = new List<IoMapping>();
        foreach (var mapping in _extensions?.Element(BpmnNamespaces.Zeebe + "ioMapping")?.Elements(BpmnNamespaces.Zeebe + direction) ?? [])
        {
            var source = mapping.Attribute("source")?.Value;
            var target = mapping.Attribute("target")?.Value;
            if (direction == "input" && string.IsNullOrWhiteSpace(source) && !string.IsNullOrWhiteSpace(target))
            {
                // As Zeebe: an input without a source declares the target as a local variable, null (the AI agent
                // connector's template writes <zeebe:input target="agentContext" />).
                source = "=null";
            }

            if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(target))
            {
                _findings.Add(new Finding(_id, FindingCodes.ExpressionInvalid, $"A zeebe:{direction} needs a source and a target."));
                continue;
            }

            if (direction == "input" && !FeelExpression.IsExpression(source))
            {
                // As Camunda 8: a static input source is text (a connector's "{{secrets.KEY}}", an address), not a path.
                source = "=\"" + source.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            }

            if (FeelExpression.Check(source) is { } error)
            {
                _findings.Add(new Finding(_id, FindingCodes.ExpressionInvalid, $"zeebe:{direction} source '{source}': {error}"));
            }

            result.Add(new IoMapping(source, target));
        }

        return result;
    }
}
