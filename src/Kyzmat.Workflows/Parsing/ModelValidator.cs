using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Parsing;

/// <summary>Structural rules of the executable subset: start events, flows, conditions, boundaries.</summary>
internal static class ModelValidator
{
    public static void Validate(Dictionary<string, BpmnElement> elements, Dictionary<string, SequenceFlow> flows, List<Finding> findings)
    {
        CheckStartEvents(elements, findings);
        foreach (var flow in flows.Values)
        {
            if (!elements.TryGetValue(flow.SourceId, out var source) || !elements.TryGetValue(flow.TargetId, out var target))
            {
                findings.Add(new Finding(flow.Id, FindingCodes.FlowInvalid, $"The flow '{flow.Id}' connects elements that do not exist or are not executable."));
                continue;
            }

            if (source.ParentId != target.ParentId)
            {
                findings.Add(new Finding(flow.Id, FindingCodes.FlowInvalid, $"The flow '{flow.Id}' crosses a sub-process boundary."));
                continue;
            }

            source.Outgoing.Add(flow.Id);
            target.Incoming.Add(flow.Id);
            if (flow.Condition is not null)
            {
                if (source.Kind is not (ElementKind.ExclusiveGateway or ElementKind.InclusiveGateway))
                {
                    findings.Add(new Finding(flow.Id, FindingCodes.ConditionUnsupported,
                        "Conditions are supported only on flows leaving an exclusive or inclusive gateway (as in Camunda 8)."));
                }
                else if (FeelExpression.Check(flow.Condition) is { } error)
                {
                    findings.Add(new Finding(flow.Id, FindingCodes.ExpressionInvalid, $"The condition '{flow.Condition}' is invalid: {error}"));
                }
            }
        }

        foreach (var element in elements.Values)
        {
            CheckElement(element, elements, flows, findings);
        }

        CheckLinks(elements, findings);
        CompensationRules.Check(elements, findings);
        EventSubProcessRules.Check(elements, findings);
        AdHocRules.Check(elements, findings);
    }

    /// <summary>Each link throw event needs exactly one catch event of its name in its scope, as Camunda 8 requires.</summary>
    private static void CheckLinks(Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        var catches = elements.Values.Where(e => e.Kind == ElementKind.LinkCatchEvent).ToList();
        foreach (var link in elements.Values.Where(e => e.Kind is ElementKind.LinkThrowEvent or ElementKind.LinkCatchEvent && string.IsNullOrWhiteSpace(e.LinkName)))
        {
            findings.Add(new Finding(link.Id, FindingCodes.LinkInvalid, "A link event needs a name."));
        }

        foreach (var duplicate in catches.GroupBy(c => (c.ParentId, c.LinkName)).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            findings.Add(new Finding(duplicate.Id, FindingCodes.LinkInvalid, $"Another link catch event in this scope is named '{duplicate.LinkName}'."));
        }

        foreach (var link in elements.Values.Where(e => e.Kind == ElementKind.LinkThrowEvent && !string.IsNullOrWhiteSpace(e.LinkName)))
        {
            if (!catches.Any(c => c.ParentId == link.ParentId && c.LinkName == link.LinkName))
            {
                findings.Add(new Finding(link.Id, FindingCodes.LinkInvalid, $"No link catch event named '{link.LinkName}' is in the same scope."));
            }
        }
    }

    private static void CheckStartEvents(Dictionary<string, BpmnElement> elements, List<Finding> findings)
    {
        var scopes = elements.Values.Where(e => e.Kind == ElementKind.SubProcess).Select(e => (string?)e.Id).Prepend(null);
        foreach (var scope in scopes)
        {
            var starts = elements.Values.Count(e => e.Kind == ElementKind.StartEvent && e.ParentId == scope);
            var eventStarts = elements.Values.Count(e => e.Kind is ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent
                && e.ParentId == scope);
            if (starts == 0 && eventStarts == 0)
            {
                findings.Add(new Finding(scope, FindingCodes.StartEventMissing, scope is null ? "The process has no start event." : "The sub-process has no none start event."));
            }
            else if (starts > 1)
            {
                findings.Add(new Finding(scope, FindingCodes.StartEventMultiple, "Only one none start event per process or sub-process is supported."));
            }
        }
    }

    private static void CheckElement(BpmnElement element, Dictionary<string, BpmnElement> elements, Dictionary<string, SequenceFlow> flows, List<Finding> findings)
    {
        switch (element.Kind)
        {
            case ElementKind.StartEvent or ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent
                or ElementKind.ErrorStartEvent or ElementKind.EscalationStartEvent when element.Incoming.Count > 0:
                findings.Add(new Finding(element.Id, FindingCodes.FlowInvalid, "A start event cannot have incoming flows."));
                break;
            case ElementKind.EndEvent or ElementKind.TerminateEndEvent or ElementKind.ErrorEndEvent or ElementKind.SignalEndEvent or ElementKind.CompensationEndEvent
                or ElementKind.MessageEndEvent or ElementKind.EscalationEndEvent when element.Outgoing.Count > 0:
                findings.Add(new Finding(element.Id, FindingCodes.FlowInvalid, "An end event cannot have outgoing flows."));
                break;
            case ElementKind.EscalationBoundaryEvent when elements.GetValueOrDefault(element.AttachedToId ?? "")?.Kind is not (ElementKind.SubProcess or ElementKind.CallActivity or ElementKind.AdHocSubProcess):
                findings.Add(new Finding(element.Id, FindingCodes.BoundaryInvalid, "An escalation boundary event is attached to a sub-process or a call activity only (as in Camunda 8)."));
                break;
            case ElementKind.TimerBoundaryEvent or ElementKind.MessageBoundaryEvent or ElementKind.ErrorBoundaryEvent or ElementKind.SignalBoundaryEvent
                or ElementKind.EscalationBoundaryEvent:
                var host = element.AttachedToId is null ? null : elements.GetValueOrDefault(element.AttachedToId);
                if (host is null || !(host.IsJobWorkerTask || host.Kind is ElementKind.UserTask or ElementKind.ReceiveTask or ElementKind.SubProcess or ElementKind.CallActivity
                    or ElementKind.AdHocSubProcess)
                    || host.ParentId != element.ParentId)
                {
                    findings.Add(new Finding(element.Id, FindingCodes.BoundaryInvalid,
                        "Boundary events are supported on sub-processes, call activities, user and receive tasks, and tasks done by a job worker (service, send, business rule, script) only."));
                }

                if (element.Incoming.Count > 0)
                {
                    findings.Add(new Finding(element.Id, FindingCodes.FlowInvalid, "A boundary event cannot have incoming flows."));
                }

                break;
            case ElementKind.EventBasedGateway:
                var targets = element.Outgoing.Select(f => elements.GetValueOrDefault(flows[f].TargetId)).ToList();
                if (targets.Count < 2 || targets.Any(t => t?.Kind is not (ElementKind.TimerCatchEvent or ElementKind.MessageCatchEvent or ElementKind.SignalCatchEvent)))
                {
                    findings.Add(new Finding(element.Id, FindingCodes.FlowInvalid,
                        "An event-based gateway needs at least two outgoing flows, each to an intermediate timer, message or signal catch event."));
                }

                break;
            case ElementKind.InclusiveGateway when element.DefaultFlowId is not null && !element.Outgoing.Contains(element.DefaultFlowId):
                findings.Add(new Finding(element.Id, FindingCodes.DefaultFlowInvalid, $"The default flow '{element.DefaultFlowId}' does not leave this gateway."));
                break;
            case ElementKind.ExclusiveGateway:
                if (element.DefaultFlowId is not null && !element.Outgoing.Contains(element.DefaultFlowId))
                {
                    findings.Add(new Finding(element.Id, FindingCodes.DefaultFlowInvalid, $"The default flow '{element.DefaultFlowId}' does not leave this gateway."));
                }

                if (element.Outgoing.Count > 1)
                {
                    foreach (var flowId in element.Outgoing.Where(f => f != element.DefaultFlowId && flows[f].Condition is null))
                    {
                        findings.Add(new Finding(flowId, FindingCodes.ConditionMissing, "A flow leaving an exclusive gateway needs a condition unless it is the default flow."));
                    }
                }

                break;
        }
    }
}
