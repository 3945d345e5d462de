using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>What Camunda 8 requires of compensation: boundary events with a handler, handlers off the flow, activityRef in scope.</summary>
internal static class CompensationRules
{
    public static void Check(Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        foreach (var element in elements.Values)
        {
            switch (element.Kind)
            {
                case ElementKind.CompensationBoundaryEvent:
                    CheckBoundary(element, elements, findings);
                    break;
                case ElementKind.CompensationThrowEvent or ElementKind.CompensationEndEvent when element.CompensateActivityRef is { } activityRef:
                    var target = elements.GetValueOrDefault(activityRef);
                    if (target is null || target.ParentId != CompensatedScope(element, elements)
                        || !elements.Values.Any(b => b.Kind == ElementKind.CompensationBoundaryEvent && b.AttachedToId == activityRef))
                    {
                        findings.Add(new Finding(element.Id, FindingCodes.CompensationInvalid,
                            $"activityRef '{activityRef}' must name an activity in the same scope that has a compensation boundary event."));
                    }

                    break;
            }

            if (element.IsForCompensation && (element.Incoming.Count > 0 || element.Outgoing.Count > 0))
            {
                findings.Add(new Finding(element.Id, FindingCodes.CompensationInvalid,
                    "A compensation handler (isForCompensation) has no incoming or outgoing flows: a compensation event runs it."));
            }

            if (element.IsForCompensation && elements.Values.Any(b => b.AttachedToId == element.Id))
            {
                findings.Add(new Finding(element.Id, FindingCodes.CompensationInvalid, "A compensation handler has no boundary events of its own."));
            }
        }
    }

    /// <summary>The scope whose activities a throw event compensates: its own, or the one around its event sub-process.</summary>
    private static string? CompensatedScope(BpmnElement thrower, Dictionary<string, BpmnElement> elements) =>
        thrower.ParentId is { } parent && elements.GetValueOrDefault(parent)?.Kind == ElementKind.EventSubProcess
            ? elements[parent].ParentId
            : thrower.ParentId;

    private static void CheckBoundary(BpmnElement boundary, Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        var host = boundary.AttachedToId is null ? null : elements.GetValueOrDefault(boundary.AttachedToId);
        if (host is null || host.ParentId != boundary.ParentId || host.IsForCompensation || !IsActivity(host))
        {
            findings.Add(new Finding(boundary.Id, FindingCodes.BoundaryInvalid, "A compensation boundary event is attached to an activity of its scope that is not itself a compensation handler."));
        }

        if (boundary.Incoming.Count > 0 || boundary.Outgoing.Count > 0)
        {
            findings.Add(new Finding(boundary.Id, FindingCodes.FlowInvalid, "A compensation boundary event has no flows: an association links it to its handler."));
        }

        var handler = boundary.CompensationHandlerId is null ? null : elements.GetValueOrDefault(boundary.CompensationHandlerId);
        if (handler is null || !handler.IsForCompensation || !IsActivity(handler) || handler.ParentId != boundary.ParentId)
        {
            findings.Add(new Finding(boundary.Id, FindingCodes.CompensationInvalid,
                "A compensation boundary event needs an association to an activity of its scope marked as a compensation handler (isForCompensation)."));
        }
    }

    private static bool IsActivity(BpmnElement element) =>
        element.Kind is ElementKind.Task or ElementKind.ManualTask or ElementKind.UserTask or ElementKind.ServiceTask or ElementKind.SendTask
            or ElementKind.BusinessRuleTask or ElementKind.ScriptTask or ElementKind.ReceiveTask or ElementKind.SubProcess or ElementKind.CallActivity;
}
