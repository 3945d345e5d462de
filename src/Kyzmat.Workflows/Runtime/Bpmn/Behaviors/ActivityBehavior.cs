using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>What every waiting element does when it completes or is terminated.</summary>
internal sealed class ActivityBehavior(BpmnBehaviors behaviors)
{
    /// <summary>Closes the boundary events, maps the outputs, and moves the token on.</summary>
    public async Task CompleteAsync(BpmnElementContext context, JsonObject? result, bool waitsForMessage)
    {
        await behaviors.Boundaries.CloseAsync(context.Token, context.Element, waitsForMessage, context.Cancellation).ConfigureAwait(false);
        behaviors.Variables.ApplyOutputs(context.Token, context.Element, result);
        context.Token.Status = TokenState.Active;
        behaviors.Flow.Leave(context.Token, context.Element);
    }

    /// <summary>Removes the token with the jobs and subscriptions it waits with.</summary>
    public async Task TerminateAsync(BpmnElementContext context)
    {
        await behaviors.Jobs.RemoveAllOfTokenAsync(context.Token.Id, context.Cancellation).ConfigureAwait(false);
        await behaviors.Subscriptions.CloseAllOfTokenAsync(context.Token.Id, context.Cancellation).ConfigureAwait(false);
        if (behaviors.Signals.MayWait(context.Element))
        {
            await behaviors.Signals.CloseAllOfTokenAsync(context.Token.Id, context.Cancellation).ConfigureAwait(false);
        }

        Remove(context.Token);
    }

    /// <summary>Removes a token that waits with no row (at a gateway, an event passed through, after an incident there).</summary>
    public async Task TerminateWithoutRowsAsync(BpmnElementContext context)
    {
        if (context.Token.Listener is not null)
        {
            // Terminated while a listener's job runs: the job goes with it, and no end listener runs.
            await behaviors.Jobs.RemoveAllOfTokenAsync(context.Token.Id, context.Cancellation).ConfigureAwait(false);
        }

        Remove(context.Token);
    }

    /// <summary>Terminates every token inside a container, each by its own element's processor.</summary>
    public async Task TerminateChildrenAsync(BpmnElementContext container)
    {
        foreach (var child in behaviors.Session.Tokens.Where(t => t.ScopeId == container.Token.Id).ToList())
        {
            var context = behaviors.ContextOf(child, container.Cancellation);
            await ElementProcessors.Of(context).TerminateAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>A boundary event fires: an interrupting one terminates the activity; either way a token leaves the boundary.</summary>
    public async Task TriggerBoundaryAsync(BpmnElementContext activity, BpmnElement boundary, WorkflowJobRecord? firedTimer)
    {
        if (boundary.CancelActivity)
        {
            await ElementProcessors.Of(activity).TerminateAsync(activity).ConfigureAwait(false);
        }
        else if (firedTimer is not null && boundary.Timer?.Kind == TimerKind.Cycle)
        {
            behaviors.Boundaries.RepeatCycle(activity.Token, boundary, firedTimer);
        }

        behaviors.Agenda.CreateToken(boundary.Id, activity.Token.ScopeId);
    }

    private void Remove(TokenState token)
    {
        behaviors.Session.Tokens.Remove(token);
        behaviors.Session.History(HistoryEventTypes.ElementTerminated, token.ElementId, token.Id);
    }
}
