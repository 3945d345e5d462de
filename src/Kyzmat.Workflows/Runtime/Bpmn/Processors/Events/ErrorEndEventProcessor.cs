namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>An error end event: throws its error to the sub-processes around it (see <see cref="Behaviors.ErrorEventBehavior"/>).</summary>
internal sealed class ErrorEndEventProcessor : PassingProcessor
{
    public override Task ActivateAsync(BpmnElementContext context)
    {
        var code = context.Behaviors.Expressions.EvaluateText(context.Token, context.Element.ErrorCode)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The error code '{context.Element.ErrorCode}' of '{context.Element.Id}' gave null.");
        return context.Behaviors.Errors.ThrowAsync(context, code, null, null);
    }
}
