using System.Text.Json.Nodes;
using Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Tasks;

/// <summary>
/// A call activity: starts an instance of the called process (zeebe:calledElement) and waits, with its boundary events
/// open, until that instance completes; a child that ends at once completes it in the same step.
/// </summary>
internal sealed class CallActivityProcessor : IElementProcessor
{
    public async Task ActivateAsync(BpmnElementContext context)
    {
        var behaviors = context.Behaviors;
        var attachments = behaviors.Boundaries.Prepare(context.Token, context.Element);
        var child = await behaviors.CallActivities.StartChildAsync(context).ConfigureAwait(false);
        if (!context.Session.Tokens.Contains(context.Token))
        {
            // The child threw at once an error that a boundary event of this call activity caught: it is over already.
            return;
        }

        if (child.Instance.State == InstanceStates.Completed)
        {
            await behaviors.Activities.CompleteAsync(context, CallActivityBehavior.ResultOf(child, context.Element), waitsForMessage: false).ConfigureAwait(false);
            return;
        }

        behaviors.Boundaries.Open(context.Token, attachments);
        context.Token.Status = TokenState.Waiting;
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        context.Behaviors.Activities.CompleteAsync(context, result, waitsForMessage: false);

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.CallActivities.CancelChildAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateAsync(context).ConfigureAwait(false);
    }
}
