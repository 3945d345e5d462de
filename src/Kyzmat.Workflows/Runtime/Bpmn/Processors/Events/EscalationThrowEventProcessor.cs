using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>
/// An escalation intermediate throw or end event: throws its escalation to the scopes around it
/// (<see cref="Behaviors.EscalationEventBehavior"/>); unless an interrupting catch ended it, the token moves on or ends.
/// </summary>
internal sealed class EscalationThrowEventProcessor : PassingProcessor
{
    public override async Task ActivateAsync(BpmnElementContext context)
    {
        var (token, element, behaviors) = (context.Token, context.Element, context.Behaviors);
        var code = behaviors.Expressions.EvaluateText(token, element.EscalationCode)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The escalation code '{element.EscalationCode}' of '{element.Id}' gave null.");
        if (!await behaviors.Escalations.ThrowAsync(context, code).ConfigureAwait(false))
        {
            return;
        }

        if (element.Kind == ElementKind.EscalationEndEvent)
        {
            behaviors.Variables.ApplyOutputsInStep(token, element, null);
            behaviors.Flow.End(token, element);
        }
        else
        {
            MapOutputsAndLeave(context);
        }
    }
}
