using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// BPMN escalations, as Camunda 8 runs them: thrown by an escalation throw or end event, caught by an escalation event
/// sub-process or boundary event on the way out (<see cref="CatchEventFinder"/>). An interrupting catch terminates the
/// activity it is attached to, or the scope of its event sub-process; a non-interrupting one runs beside it. Unlike an
/// error, an escalation nobody catches is no incident: the thrower simply goes on.
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
        if (found is not var (caught, host))
        {
            return true;
        }

        if (caught.StartsEventSubProcess)
        {
            await behaviors.EventSubProcesses.TriggerAsync(host, caught, null, null, thrower.Cancellation).ConfigureAwait(false);
        }
        else
        {
            if (caught.CancelActivity)
            {
                var activity = behaviors.ContextOf(host!, thrower.Cancellation);
                await ElementProcessors.Of(activity).TerminateAsync(activity).ConfigureAwait(false);
            }

            behaviors.Agenda.CreateToken(caught.Id, host!.ScopeId);
        }

        return session.Tokens.Contains(token);
    }
}
