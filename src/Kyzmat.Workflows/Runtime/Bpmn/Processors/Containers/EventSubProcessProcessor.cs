using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;

/// <summary>
/// An event sub-process, triggered by its start event (<see cref="Behaviors.EventSubProcessBehavior.TriggerAsync"/> made
/// its token): a token runs from that start event with the event's variables; when none is left inside, its outputs are
/// mapped and it ends (it has no outgoing flow), which may complete its scope.
/// </summary>
internal sealed class EventSubProcessProcessor : IContainerProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        var (token, behaviors) = (context.Token, context.Behaviors);
        token.Status = TokenState.Waiting;
        var start = context.Session.Model.StartOfEventSubProcess(context.Element.Id);
        var startToken = behaviors.Agenda.CreateToken(start.Id, token.Id);
        behaviors.Variables.SetEventVariables(startToken, start, token.EventVariables);
        token.EventVariables = null;
        return Task.CompletedTask;
    }

    public async Task ChildrenCompletedAsync(BpmnElementContext context)
    {
        await context.Behaviors.EventSubProcesses.CloseAsync(context.Token.Id, context.Element.Id, context.Cancellation).ConfigureAwait(false);
        context.Behaviors.Variables.ApplyOutputsInStep(context.Token, context.Element, null);
        context.Behaviors.Flow.End(context.Token, context.Element);
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"'{context.Element.Id}' completes when the last token inside it ends, not on request.");

    public async Task TerminateAsync(BpmnElementContext context)
    {
        await context.Behaviors.Activities.TerminateChildrenAsync(context).ConfigureAwait(false);
        await context.Behaviors.Activities.TerminateAsync(context).ConfigureAwait(false);
    }
}
