using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// BPMN escalations, as Camunda 8 runs them: thrown by an escalation throw or end event, caught by an escalation event
/// sub-process or boundary event on the way out (<see cref="CatchEventFinder"/>). An interrupting catch terminates the
/// activity it is attached to, or the scope of its event sub-process; a non-interrupting one runs beside it. Not caught in
/// its instance, it goes on to the call activity that started the instance, and up. Unlike an error, an escalation
/// nobody catches is no incident: the thrower simply goes on.
/// </summary>
internal sealed class EscalationEventBehavior(BpmnBehaviors behaviors)
{
    /// <returns>Whether the throwing token still runs (false when an interrupting catch terminated it with its scope).</returns>
    public async Task<bool> ThrowAsync(BpmnElementContext thrower, string code)
    {
        var (session, token) = (behaviors.Session, thrower.Token);
        var from = token.ScopeId is { } id ? session.Token(id) : null;
        var found = behaviors.CatchEvents.Find(from, CatchKind.Escalation, code);
        session.History(HistoryEventTypes.EscalationThrown, thrower.Element.Id, token.Id, null,
            new JsonObject { ["code"] = code, ["caughtBy"] = found?.Event.Id });
        if (found is null)
        {
            await behaviors.CallActivities.PassToCallerAsync(CatchKind.Escalation, code, null, thrower.Cancellation).ConfigureAwait(false);
        }
        else
        {
            await HandleAsync(found.Value.Event, found.Value.Host, thrower.Cancellation).ConfigureAwait(false);
        }

        return session.Tokens.Contains(token);
    }

    /// <summary>An escalation passed up from a called instance: caught from its call activity outwards, then further up.</summary>
    public async Task<bool> CatchAsync(TokenState callActivity, string code, CancellationToken ct)
    {
        if (behaviors.CatchEvents.Find(callActivity, CatchKind.Escalation, code) is not var (caught, host))
        {
            return await behaviors.CallActivities.PassToCallerAsync(CatchKind.Escalation, code, null, ct).ConfigureAwait(false);
        }

        behaviors.Session.History(HistoryEventTypes.EscalationThrown, callActivity.ElementId, callActivity.Id, null,
            new JsonObject { ["code"] = code, ["caughtBy"] = caught.Id, ["fromCalledInstance"] = true });
        await HandleAsync(caught, host, ct).ConfigureAwait(false);
        return true;
    }

    private async Task HandleAsync(Definitions.BpmnElement caught, TokenState? host, CancellationToken ct)
    {
        if (caught.StartsEventSubProcess)
        {
            await behaviors.EventSubProcesses.TriggerAsync(host, caught, null, null, ct).ConfigureAwait(false);
            return;
        }

        if (caught.CancelActivity)
        {
            var activity = behaviors.ContextOf(host!, ct);
            await ElementProcessors.Of(activity).TerminateAsync(activity).ConfigureAwait(false);
        }

        behaviors.Agenda.CreateToken(caught.Id, host!.ScopeId);
    }
}
