using System.Xml.Linq;
using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>
/// Parses BPMN 2.0 XML as bpmn-js / Camunda Modeler 5 save it (with Zeebe extension elements) into an executable
/// <see cref="ProcessModel"/>, or a list of findings. Never throws on bad input.
/// </summary>
public static class BpmnParser
{
    /// <summary>The largest diagram accepted (5 MB).</summary>
    public const int MaxSize = 5 * 1024 * 1024;

    /// <summary>The deepest nesting of embedded sub-processes accepted.</summary>
    public const int MaxSubProcessDepth = 16;

    private static readonly HashSet<string> Ignored =
    [
        "laneSet", "textAnnotation", "association", "group", "dataObject", "dataObjectReference",
        "dataStoreReference", "documentation", "extensionElements", "ioSpecification", "property", "incoming", "outgoing",
        // Read with the element they belong to (ElementReader), not as elements of the scope they sit in.
        "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "completionCondition",
    ];

    public static ParseResult Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var findings = new List<Finding>();
        var text = SafeXml.ReadLimited(stream, MaxSize, findings);
        return text is null ? new ParseResult(null, findings) : Parse(text);
    }

    public static ParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var findings = new List<Finding>();
        var document = SafeXml.Load(xml, MaxSize, findings);
        if (document?.Root is not { } root)
        {
            return new ParseResult(null, findings);
        }

        if (root.Name != BpmnNamespaces.Bpmn + "definitions")
        {
            findings.Add(new Finding(null, FindingCodes.NotBpmn, $"The root element is '{root.Name}', not a BPMN 2.0 'definitions' element."));
            return new ParseResult(null, findings);
        }

        var processes = root.Elements(BpmnNamespaces.Bpmn + "process").ToList();
        var executable = processes.Where(p => (string?)p.Attribute("isExecutable") == "true").ToList();
        if (executable.Count == 0)
        {
            findings.Add(new Finding(processes.FirstOrDefault()?.Attribute("id")?.Value, FindingCodes.NoExecutableProcess,
                "The diagram has no process marked executable (isExecutable=\"true\")."));
            return new ParseResult(null, findings);
        }

        foreach (var other in root.Elements().Where(e => e.Name.Namespace != BpmnNamespaces.Bpmn && e.Name.Namespace != BpmnNamespaces.BpmnDi))
        {
            findings.Add(new Finding(null, FindingCodes.UnknownNamespace, $"The element '{other.Name}' is in a namespace the engine does not know."));
        }

        // A collaboration's pools are processes of their own, each deployed; message flows between them are drawing only.
        var reader = new ElementReader(root, findings);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var models = new List<ProcessModel>();
        foreach (var process in executable)
        {
            if (ReadProcess(process, reader, ids, findings) is { } model)
            {
                models.Add(model);
            }
        }

        CheckDeploymentBindings(models, findings);
        return findings.Count == 0 ? ParseResult.Executable(models) : new ParseResult(null, findings);
    }

    /// <summary>
    /// A call activity bound to its deployment calls a process deployed with it: one of the file's executable processes,
    /// named statically, as Camunda 8 checks it.
    /// </summary>
    private static void CheckDeploymentBindings(List<ProcessModel> models, List<Finding> findings)
    {
        var ids = models.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var call in models.SelectMany(m => m.Elements.Values).Where(e => e.CalledElement?.BindingType == "deployment"))
        {
            if (!ids.Contains(call.CalledElement!.ProcessId))
            {
                findings.Add(new Finding(call.Id, FindingCodes.CalledElementInvalid,
                    $"Expected to find process with id '{call.CalledElement.ProcessId}' in the same deployment (bindingType 'deployment'), but it is not an executable process of this file."));
            }
        }
    }

    /// <summary>Parses a file and returns its executable process with the given id (a deployed definition's).</summary>
    public static ParseResult Parse(string xml, string processId)
    {
        var result = Parse(xml);
        return result.IsValid && result.Models.FirstOrDefault(m => m.Id == processId) is { } model
            ? ParseResult.Executable([model])
            : result.IsValid ? new ParseResult(null, [new Finding(processId, FindingCodes.NoExecutableProcess, $"The file has no executable process '{processId}'.")]) : result;
    }

    private static ProcessModel? ReadProcess(XElement process, ElementReader reader, HashSet<string> ids, List<Finding> findings)
    {
        var processId = process.Attribute("id")?.Value;
        if (string.IsNullOrWhiteSpace(processId))
        {
            findings.Add(new Finding(null, FindingCodes.MissingId, "The process has no id."));
            return null;
        }

        var before = findings.Count;
        var elements = new Dictionary<string, BpmnElement>(StringComparer.Ordinal);
        var flows = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        ZeebeReader.CheckExtensions(process, processId, findings, allowed: ["userTaskForm", "properties", "versionTag", "executionListeners"]);
        var listeners = ListenerReader.ReadExecutionListeners(process, processId, null, findings);
        ReadScope(process, null, false, 0, reader, elements, flows, findings);
        foreach (var id in elements.Keys.Concat(flows.Keys).Where(id => !ids.Add(id)))
        {
            findings.Add(new Finding(id, FindingCodes.DuplicateId, $"The id '{id}' is used in two processes of the file."));
        }

        ModelValidator.Validate(elements, flows, findings);
        var versionTag = process.Element(BpmnNamespaces.Bpmn + "extensionElements")?.Element(BpmnNamespaces.Zeebe + "versionTag")?.Attribute("value")?.Value;
        return findings.Count == before
            ? new ProcessModel(processId, process.Attribute("name")?.Value, elements, flows) { VersionTag = string.IsNullOrWhiteSpace(versionTag) ? null : versionTag.Trim(), ExecutionListeners = listeners }
            : null;
    }

    private static void ReadScope(
        XElement scope, string? parentId, bool isEventSubProcess, int depth, ElementReader reader,
        Dictionary<string, BpmnElement> elements, Dictionary<string, SequenceFlow> flows, List<Finding> findings)
    {
        foreach (var child in scope.Elements())
        {
            var id = child.Attribute("id")?.Value;
            if (child.Name.Namespace != BpmnNamespaces.Bpmn)
            {
                findings.Add(new Finding(id, FindingCodes.UnknownNamespace, $"The element '{child.Name}' is in a namespace the engine does not know."));
                continue;
            }

            var name = child.Name.LocalName;
            if (Ignored.Contains(name))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                findings.Add(new Finding(null, FindingCodes.MissingId, $"A '{name}' element has no id."));
                continue;
            }

            if (elements.ContainsKey(id) || flows.ContainsKey(id))
            {
                findings.Add(new Finding(id, FindingCodes.DuplicateId, $"The id '{id}' is used twice."));
                continue;
            }

            if (name == "sequenceFlow")
            {
                flows[id] = reader.ReadFlow(child, id);
                continue;
            }

            var element = reader.Read(child, id, parentId, isEventSubProcess);
            if (element is null)
            {
                continue;
            }

            elements[id] = element;
            if (element.IsScope && depth >= MaxSubProcessDepth)
            {
                findings.Add(new Finding(id, FindingCodes.UnsupportedElement, $"Sub-processes nested deeper than {MaxSubProcessDepth} levels are not supported."));
            }
            else if (element.IsScope)
            {
                ReadScope(child, id, element.Kind == ElementKind.EventSubProcess, depth + 1, reader, elements, flows, findings);
            }
        }
    }
}
