using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>
/// What Camunda 8 requires of an ad-hoc sub-process's inside: at least one activity, no start or end event. Event
/// sub-processes inside one are refused too, for now: Zeebe runs them, the engine does not yet (nothing opens their waits
/// in a scope without a start event).
/// </summary>
internal static class AdHocRules
{
    public static void Check(Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        foreach (var adHoc in elements.Values.Where(e => e.Kind == ElementKind.AdHocSubProcess))
        {
            var inside = elements.Values.Where(e => e.ParentId == adHoc.Id).ToList();
            if (!inside.Any(e => !e.IsBoundaryEvent && e.Kind is not ElementKind.EventSubProcess))
            {
                findings.Add(new Finding(adHoc.Id, FindingCodes.AdHocInvalid, "An ad-hoc sub-process needs at least one activity (as in Camunda 8)."));
            }

            foreach (var start in inside.Where(e => e.Kind is ElementKind.StartEvent or ElementKind.TimerStartEvent or ElementKind.MessageStartEvent
                or ElementKind.SignalStartEvent or ElementKind.ErrorStartEvent or ElementKind.EscalationStartEvent))
            {
                findings.Add(new Finding(start.Id, FindingCodes.AdHocInvalid, "An ad-hoc sub-process must not contain a start event (as in Camunda 8)."));
            }

            foreach (var end in inside.Where(e => e.Kind is ElementKind.EndEvent or ElementKind.TerminateEndEvent or ElementKind.ErrorEndEvent
                or ElementKind.SignalEndEvent or ElementKind.CompensationEndEvent or ElementKind.MessageEndEvent or ElementKind.EscalationEndEvent))
            {
                findings.Add(new Finding(end.Id, FindingCodes.AdHocInvalid, "An ad-hoc sub-process must not contain an end event (as in Camunda 8)."));
            }

            foreach (var eventSubProcess in inside.Where(e => e.Kind == ElementKind.EventSubProcess))
            {
                findings.Add(new Finding(eventSubProcess.Id, FindingCodes.AdHocInvalid,
                    "Event sub-processes inside an ad-hoc sub-process are not run yet (Camunda 8 runs them)."));
            }
        }
    }
}
