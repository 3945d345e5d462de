using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors;

/// <summary>An element a token passes in the same step (events, gateways, undefined tasks): nothing to complete later.</summary>
internal abstract class PassingProcessor : IElementProcessor
{
    public abstract Task ActivateAsync(BpmnElementContext context);

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"'{context.Element.Id}' does not wait, so there is nothing of it to complete.");

    public virtual Task TerminateAsync(BpmnElementContext context) => context.Behaviors.Activities.TerminateWithoutRowsAsync(context);

    /// <summary>Applies the element's output mappings (an event's, a manual task's) and leaves by its flows.</summary>
    protected static void MapOutputsAndLeave(BpmnElementContext context)
    {
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        context.Behaviors.Flow.Leave(context.Token, context.Element);
    }
}
