using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>
/// What Camunda 8 requires of event sub-processes: exactly one start event, triggered by a message, timer, signal, error or
/// escalation; no sequence flow in or out; and, among the event sub-processes of one scope, no two listening for the same
/// message, signal, error code or escalation code (nor two catching every error or every escalation).
/// </summary>
internal static class EventSubProcessRules
{
    public static void Check(Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        var eventSubProcesses = elements.Values.Where(e => e.Kind == ElementKind.EventSubProcess).ToList();
        foreach (var eventSubProcess in eventSubProcesses)
        {
            CheckShape(eventSubProcess, elements, findings);
        }

        foreach (var scope in eventSubProcesses.GroupBy(e => e.ParentId))
        {
            var starts = scope.SelectMany(e => elements.Values.Where(s => s.StartsEventSubProcess && s.ParentId == e.Id)).ToList();
            Duplicates(starts, ElementKind.MessageStartEvent, s => s.MessageName, "message", findings);
            Duplicates(starts, ElementKind.SignalStartEvent, s => s.SignalName, "signal", findings);
            Duplicates(starts, ElementKind.ErrorStartEvent, s => s.ErrorCode ?? "", "error code", findings);
            Duplicates(starts, ElementKind.EscalationStartEvent, s => s.EscalationCode ?? "", "escalation code", findings);
        }
    }

    private static void CheckShape(BpmnElement eventSubProcess, Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        var starts = elements.Values.Where(e => e.ParentId == eventSubProcess.Id && (e.StartsEventSubProcess || e.Kind == ElementKind.StartEvent)).ToList();
        if (starts.Count != 1)
        {
            findings.Add(new Finding(eventSubProcess.Id, FindingCodes.EventSubProcessInvalid, "An event sub-process needs exactly one start event."));
        }
        else if (starts[0].Kind == ElementKind.StartEvent)
        {
            findings.Add(new Finding(starts[0].Id, FindingCodes.EventSubProcessInvalid,
                "The start event of an event sub-process is triggered by a message, timer, signal, error or escalation, not a none start event."));
        }

        if (eventSubProcess.Incoming.Count > 0 || eventSubProcess.Outgoing.Count > 0)
        {
            findings.Add(new Finding(eventSubProcess.Id, FindingCodes.EventSubProcessInvalid, "An event sub-process has no incoming or outgoing sequence flows."));
        }
    }

    private static void Duplicates(List<BpmnElement> starts, ElementKind kind, Func<BpmnElement, string?> key, string what, List<Finding> findings)
    {
        // A message or signal without a name is refused on its own; it is no duplicate of another.
        foreach (var duplicate in starts.Where(s => s.Kind == kind && key(s) is not null).GroupBy(key).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            var value = key(duplicate);
            findings.Add(new Finding(duplicate.Id, FindingCodes.EventSubProcessInvalid, string.IsNullOrEmpty(value)
                ? $"Another event sub-process of this scope already catches every {what.Split(' ')[0]}."
                : $"Another event sub-process of this scope already starts on the {what} '{value}'."));
        }
    }
}
