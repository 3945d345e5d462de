using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;

/// <summary>
/// An event-based gateway: the token waits at it for every timer and message of the catch events after it; the first
/// to occur wins — the others are removed, and the token passes that event and leaves by its flows.
/// </summary>
internal sealed class EventBasedGatewayProcessor : IElementProcessor
{
    public Task ActivateAsync(BpmnElementContext context)
    {
        var (behaviors, model) = (context.Behaviors, context.Session.Model);
        // Every due time and correlation key first, so that a failing one leaves no row behind.
        var events = context.Element.Outgoing.Select(f => model.Element(model.Flows[f].TargetId))
            .Select(e => (Event: e, DueAt: e.Kind == ElementKind.TimerCatchEvent ? behaviors.Expressions.DueAt(context.Token, e.Timer!) : default,
                Key: e.Kind == ElementKind.MessageCatchEvent ? behaviors.Subscriptions.CorrelationKey(context.Token, e) : null))
            .ToList();
        foreach (var (catchEvent, dueAt, key) in events)
        {
            if (catchEvent.Kind == ElementKind.SignalCatchEvent)
            {
                behaviors.Signals.Open(context.Token, catchEvent);
            }
            else if (key is null)
            {
                behaviors.Jobs.Create(context.Token, catchEvent.Id, JobKinds.Timer, null, dueAt, 1);
            }
            else
            {
                behaviors.Subscriptions.Open(context.Token, catchEvent, key);
            }
        }

        context.Token.Status = TokenState.Waiting;
        return Task.CompletedTask;
    }

    /// <summary>One of the events after the gateway occurred: the gateway's other waits go, and the token passes that event.</summary>
    public async Task EventOccurredAsync(BpmnElementContext context, BpmnElement occurred, JsonObject? variables)
    {
        var (token, behaviors, session) = (context.Token, context.Behaviors, context.Session);
        await behaviors.Jobs.RemoveAllOfTokenAsync(token.Id, context.Cancellation).ConfigureAwait(false);
        await behaviors.Subscriptions.CloseAllOfTokenAsync(token.Id, context.Cancellation).ConfigureAwait(false);
        await behaviors.Signals.CloseAllOfTokenAsync(token.Id, context.Cancellation).ConfigureAwait(false);
        session.History(HistoryEventTypes.ElementLeft, context.Element.Id, token.Id);
        token.ElementId = occurred.Id;
        token.ArrivedVia = context.Element.Outgoing.First(f => session.Model.Flows[f].TargetId == occurred.Id);
        session.History(HistoryEventTypes.ElementEntered, occurred.Id, token.Id);
        behaviors.Variables.ApplyOutputs(token, occurred, variables);
        token.Status = TokenState.Active;
        behaviors.Flow.Leave(token, occurred);
    }

    public Task CompleteAsync(BpmnElementContext context, JsonObject? result) =>
        throw new WorkflowException(WorkflowErrorCodes.ElementNotFound, $"The event-based gateway '{context.Element.Id}' goes on when one of its events occurs.");

    public Task TerminateAsync(BpmnElementContext context) => context.Behaviors.Activities.TerminateAsync(context);
}
