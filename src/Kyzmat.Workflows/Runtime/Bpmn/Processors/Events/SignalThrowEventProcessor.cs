namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>
/// A signal intermediate throw or end event: broadcasts its signal to every waiting catch, boundary and start event
/// (in this instance and all others), then the token moves on or ends.
/// </summary>
internal sealed class SignalThrowEventProcessor : PassingProcessor
{
    public override async Task ActivateAsync(BpmnElementContext context)
    {
        var name = context.Behaviors.Expressions.EvaluateText(context.Token, context.Element.SignalName)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The signal name '{context.Element.SignalName}' of '{context.Element.Id}' gave null.");
        var variables = context.Behaviors.Variables.InputsOf(context.Token);
        await context.Behaviors.Broadcasts.BroadcastAsync(context, name, variables).ConfigureAwait(false);
        if (!context.Session.Tokens.Contains(context.Token))
        {
            // An interrupting signal event sub-process of its own scope caught it and terminated the thrower.
            return;
        }

        if (context.Element.Kind == Definitions.ElementKind.SignalEndEvent)
        {
            context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
            context.Behaviors.Flow.End(context.Token, context.Element);
        }
        else
        {
            MapOutputsAndLeave(context);
        }
    }
}
