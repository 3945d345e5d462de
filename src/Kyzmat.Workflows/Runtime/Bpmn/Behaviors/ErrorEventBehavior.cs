using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// BPMN errors: thrown by an error end event or by a job's worker, caught by an error event sub-process or error boundary
/// event on the way out (<see cref="CatchEventFinder"/>), with the error's code, else by one that catches every error.
/// What catches it interrupts: the activity it is attached to, or the scope of the event sub-process, is terminated.
/// Not caught in its instance, it goes on to the call activity that started the instance, and so on up (the called
/// instance is terminated with the call activity). Uncaught anywhere, it is an incident on the throwing token, as in Camunda 8.
/// </summary>
internal sealed class ErrorEventBehavior(BpmnBehaviors behaviors)
{
    public async Task ThrowAsync(BpmnElementContext thrower, string code, string? message, JsonObject? variables)
    {
        var session = behaviors.Session;
        session.History(HistoryEventTypes.ErrorThrown, thrower.Element.Id, thrower.Token.Id, null, new JsonObject { ["code"] = code, ["message"] = message });
        var from = thrower.Element.Kind == ElementKind.ErrorEndEvent ? ScopeOf(thrower.Token) : thrower.Token;
        if (!await CatchAsync(from, code, variables, thrower.Cancellation).ConfigureAwait(false))
        {
            behaviors.Incidents.Raise(thrower.Token, IncidentCodes.UnhandledError,
                $"The error '{code}'{(message is null ? "" : $" ({message})")} was thrown at '{thrower.Element.Id}', but no error event catches it.", null);
        }
    }

    /// <summary>Catches the error from <paramref name="from"/> outwards, then in the instances above; false when nothing does.</summary>
    public async Task<bool> CatchAsync(TokenState? from, string code, JsonObject? variables, CancellationToken ct)
    {
        if (behaviors.CatchEvents.Find(from, CatchKind.Error, code) is not var (caught, host))
        {
            return await behaviors.CallActivities.PassToCallerAsync(CatchKind.Error, code, variables, ct).ConfigureAwait(false);
        }

        if (caught.StartsEventSubProcess)
        {
            await behaviors.EventSubProcesses.TriggerAsync(host, caught, variables, null, ct).ConfigureAwait(false);
            return true;
        }

        var activity = behaviors.ContextOf(host!, ct);
        await ElementProcessors.Of(activity).TerminateAsync(activity).ConfigureAwait(false);
        var token = behaviors.Agenda.CreateToken(caught.Id, host!.ScopeId);
        behaviors.Variables.SetEventVariables(token, caught, variables);
        return true;
    }

    private TokenState? ScopeOf(TokenState token) => token.ScopeId is { } id ? behaviors.Session.Token(id) : null;
}
