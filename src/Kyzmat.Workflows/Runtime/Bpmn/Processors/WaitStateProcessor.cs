using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors;

/// <summary>
/// An element the token waits at (a task, a catching event): its boundary events are evaluated first (in its scope,
/// after its input mappings), then the element writes what it waits with, then the boundary events are opened.
/// </summary>
internal abstract class WaitStateProcessor : IElementProcessor
{
    /// <summary>True when the element's own wait is a message subscription, which completion closes.</summary>
    protected virtual bool WaitsForMessage => false;

    public async Task ActivateAsync(BpmnElementContext context)
    {
        var attachments = context.Behaviors.Boundaries.Prepare(context.Token, context.Element);
        await WaitAsync(context).ConfigureAwait(false);
        context.Behaviors.Boundaries.Open(context.Token, attachments);
        context.Token.Status = TokenState.Waiting;
    }

    public virtual Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        context.Behaviors.Activities.CompleteAsync(context, result, WaitsForMessage);

    public virtual Task TerminateAsync(BpmnElementContext context) => context.Behaviors.Activities.TerminateAsync(context);

    /// <summary>Writes what the element waits with (a user task, a job, a timer, a subscription).</summary>
    protected abstract void Wait(BpmnElementContext context);

    /// <summary>As <see cref="Wait"/>, for an element that must read the database first (a user task resolving its form).</summary>
    protected virtual Task WaitAsync(BpmnElementContext context)
    {
        Wait(context);
        return Task.CompletedTask;
    }
}
