using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;

/// <summary>An embedded sub-process: its token waits while a token runs from its start event; it leaves when none is left inside.</summary>
internal sealed class SubProcessProcessor : IContainerProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        context.Token.Status = TokenState.Waiting;
        context.Behaviors.Agenda.CreateToken(context.Session.Model.StartEventOf(context.Element.Id).Id, context.Token.Id);
        return Task.CompletedTask;
    }

    public Task ChildrenCompletedAsync(BpmnElementContext context)
    {
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        context.Behaviors.Flow.Leave(context.Token, context.Element);
        return Task.CompletedTask;
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"'{context.Element.Id}' completes when the last token inside it ends, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateAsync(context).ConfigureAwait(false);
    }
}
