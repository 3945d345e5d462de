using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Events;

/// <summary>
/// A compensation intermediate throw or end event: runs the compensation handlers of what completed in its scope (or of
/// its activityRef) as tokens inside it, waits until the last has ended, then moves on or ends. With nothing to
/// compensate it passes at once, as in Camunda 8.
/// </summary>
internal sealed class CompensationThrowEventProcessor : IContainerProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        if (context.Behaviors.Compensations.Trigger(context.Token, context.Element) > 0)
        {
            context.Token.Status = TokenState.Waiting;
            return Task.CompletedTask;
        }

        return ChildrenCompletedAsync(context);
    }

    public Task ChildrenCompletedAsync(BpmnElementContext context)
    {
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        if (context.Element.Kind == ElementKind.CompensationEndEvent)
        {
            context.Behaviors.Flow.End(context.Token, context.Element);
        }
        else
        {
            context.Behaviors.Flow.Leave(context.Token, context.Element);
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"'{context.Element.Id}' completes when its compensation handlers have, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateWithoutRowsAsync(context).ConfigureAwait(false);
    }
}
