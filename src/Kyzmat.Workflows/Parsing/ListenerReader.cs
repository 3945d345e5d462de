using System.Xml.Linq;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>
/// Reads zeebe:executionListeners and zeebe:taskListeners, refusing what Zeebe's validators refuse: a listener without a
/// type, an unknown event type, the same event type and job type twice, start listeners on start and boundary events,
/// end listeners on gateways and error end events, task listeners off a Camunda user task (zeebe:userTask).
/// </summary>
internal static class ListenerReader
{
    private const string DefaultRetries = "3";

    // Zeebe 8.8 accepts every ZeebeTaskListenerEventType: the five events and their deprecated names, which its transformer
    // maps onto them (create, assignment, update, complete, cancel). Anything else is not an event type.
    private static readonly Dictionary<string, string> TaskEventAliases = new(StringComparer.Ordinal)
    {
        ["creating"] = ListenerEvents.Creating, ["create"] = ListenerEvents.Creating,
        ["assigning"] = ListenerEvents.Assigning, ["assignment"] = ListenerEvents.Assigning,
        ["updating"] = ListenerEvents.Updating, ["update"] = ListenerEvents.Updating,
        ["completing"] = ListenerEvents.Completing, ["complete"] = ListenerEvents.Completing,
        ["canceling"] = ListenerEvents.Canceling, ["cancel"] = ListenerEvents.Canceling,
    };

    /// <summary>The execution listeners of an element (<paramref name="kind"/>) or of the process (null).</summary>
    public static IReadOnlyList<ListenerDefinition> ReadExecutionListeners(XElement node, string id, ElementKind? kind, List<Finding> findings)
    {
        var listeners = Read(node, id, "executionListener", findings, eventType => eventType is ListenerEvents.Start or ListenerEvents.End ? eventType : null);
        foreach (var eventType in listeners.Select(l => l.EventType).Distinct())
        {
            if (RefusalFor(kind, eventType) is { } where)
            {
                findings.Add(new Finding(id, FindingCodes.ListenerUnsupported, $"Execution listeners of type '{eventType}' are not supported by {where} (as in Camunda 8)."));
            }
        }

        return listeners;
    }

    /// <summary>The task listeners of a user task (creating, assigning, updating, completing, canceling).</summary>
    public static IReadOnlyList<ListenerDefinition> ReadTaskListeners(XElement node, string id, bool camundaUserTask, List<Finding> findings)
    {
        var listeners = Read(node, id, "taskListener", findings, eventType => TaskEventAliases.GetValueOrDefault(eventType));
        if (listeners.Count > 0 && !camundaUserTask)
        {
            findings.Add(new Finding(id, FindingCodes.ListenerUnsupported,
                "Task listeners are only allowed on Camunda user tasks (with zeebe:userTask), as in Camunda 8."));
        }

        return listeners;
    }

    private static List<ListenerDefinition> Read(XElement node, string id, string tag, List<Finding> findings, Func<string, string?> eventTypeOf)
    {
        var result = new List<ListenerDefinition>();
        var container = node.Element(BpmnNamespaces.Bpmn + "extensionElements")?.Element(BpmnNamespaces.Zeebe + tag + "s");
        foreach (var listener in container?.Elements(BpmnNamespaces.Zeebe + tag) ?? [])
        {
            var given = listener.Attribute("eventType")?.Value ?? "";
            var type = listener.Attribute("type")?.Value;
            var retries = listener.Attribute("retries")?.Value ?? DefaultRetries;
            if (eventTypeOf(given) is not { } eventType)
            {
                findings.Add(new Finding(id, FindingCodes.ListenerUnsupported, $"The {Name(tag)} event type '{given}' is not supported (as in Camunda 8)."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(type))
            {
                findings.Add(new Finding(id, FindingCodes.ListenerInvalid, $"A {Name(tag)} needs a type (the job type its handler is registered for)."));
                continue;
            }

            CheckExpression(id, tag, "type", type, findings);
            if (FeelExpression.IsExpression(retries))
            {
                CheckExpression(id, tag, "retries", retries, findings);
            }
            else if (!int.TryParse(retries, out var count) || count < 0)
            {
                findings.Add(new Finding(id, FindingCodes.ListenerInvalid, $"The {Name(tag)} retries '{retries}' is not a whole number."));
            }

            if (result.Any(l => l.EventType == eventType && l.Type == type))
            {
                findings.Add(new Finding(id, FindingCodes.ListenerInvalid,
                    $"Two {Name(tag)}s have eventType '{eventType}' and type '{type}'; these combinations must be unique (as in Camunda 8)."));
            }

            result.Add(new ListenerDefinition(eventType, type, retries));
        }

        return result;
    }

    private static string? RefusalFor(ElementKind? kind, string eventType) => (kind, eventType) switch
    {
        (ElementKind.StartEvent or ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent, ListenerEvents.Start) => "start events",
        (ElementKind.TimerBoundaryEvent or ElementKind.MessageBoundaryEvent or ElementKind.ErrorBoundaryEvent or ElementKind.SignalBoundaryEvent, ListenerEvents.Start) => "boundary events",
        (ElementKind.ExclusiveGateway or ElementKind.ParallelGateway or ElementKind.InclusiveGateway or ElementKind.EventBasedGateway, ListenerEvents.End) => "gateways",
        (ElementKind.ErrorEndEvent, ListenerEvents.End) => "error end events",
        _ => null,
    };

    private static void CheckExpression(string id, string tag, string attribute, string value, List<Finding> findings)
    {
        if (FeelExpression.IsExpression(value) && FeelExpression.Check(value) is { } error)
        {
            findings.Add(new Finding(id, FindingCodes.ExpressionInvalid, $"zeebe:{tag} {attribute} '{value}': {error}"));
        }
    }

    private static string Name(string tag) => tag == "taskListener" ? "task listener" : "execution listener";
}
