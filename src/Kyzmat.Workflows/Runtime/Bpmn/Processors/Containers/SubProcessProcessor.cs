using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;

/// <summary>
/// An embedded sub-process: its token waits, with its boundary events open, while a token runs from its start event;
/// when none is left inside, the boundary events close, its outputs are mapped and it leaves.
/// </summary>
internal sealed class SubProcessProcessor : IContainerProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        var attachments = context.Behaviors.Boundaries.Prepare(context.Token, context.Element);
        context.Behaviors.Boundaries.Open(context.Token, attachments);
        context.Token.Status = TokenState.Waiting;
        context.Behaviors.Agenda.CreateToken(context.Session.Model.StartEventOf(context.Element.Id).Id, context.Token.Id);
        return Task.CompletedTask;
    }

    public async Task ChildrenCompletedAsync(BpmnElementContext context)
    {
        await context.Behaviors.Boundaries.CloseAsync(context.Token, context.Element, activityWaitsForMessage: false, context.Cancellation).ConfigureAwait(false);
        await context.Behaviors.EventSubProcesses.CloseAsync(context.Token.Id, context.Element.Id, context.Cancellation).ConfigureAwait(false);
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        context.Behaviors.Flow.Leave(context.Token, context.Element);
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"'{context.Element.Id}' completes when the last token inside it ends, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateAsync(context).ConfigureAwait(false);
    }
}
