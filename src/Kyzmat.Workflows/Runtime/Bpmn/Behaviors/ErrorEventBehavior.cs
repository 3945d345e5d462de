using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// BPMN errors: thrown by an error end event or by a job's worker, caught by the nearest error boundary event on the
/// way out — first on the throwing task itself, then on each sub-process around it — with the error's code, else by
/// one that catches every error. Uncaught, it is an incident on the throwing token, as in Camunda 8.
/// </summary>
internal sealed class ErrorEventBehavior(BpmnBehaviors behaviors)
{
    public async Task ThrowAsync(BpmnElementContext thrower, string code, string? message, JsonObject? variables)
    {
        var session = behaviors.Session;
        session.History(HistoryEventTypes.ErrorThrown, thrower.Element.Id, thrower.Token.Id, null, new JsonObject { ["code"] = code, ["message"] = message });
        var candidate = thrower.Element.Kind == ElementKind.ErrorEndEvent ? ScopeOf(thrower.Token) : thrower.Token;
        while (candidate is not null)
        {
            var activity = behaviors.ContextOf(candidate, thrower.Cancellation);
            if (candidate.LoopCounter is null && CatchOf(activity.Element, code) is { } boundary)
            {
                await ElementProcessors.Of(activity).TerminateAsync(activity).ConfigureAwait(false);
                var caught = behaviors.Agenda.CreateToken(boundary.Id, candidate.ScopeId);
                behaviors.Variables.SetEventVariables(caught, boundary, variables);
                return;
            }

            candidate = ScopeOf(candidate);
        }

        behaviors.Incidents.Raise(thrower.Token, IncidentCodes.UnhandledError,
            $"The error '{code}'{(message is null ? "" : $" ({message})")} was thrown at '{thrower.Element.Id}', but no error event catches it.", null);
    }

    private BpmnElement? CatchOf(BpmnElement activity, string code)
    {
        BpmnElement? catchAll = null;
        foreach (var boundary in behaviors.Session.Model.BoundariesOf(activity.Id))
        {
            if (boundary.Kind != ElementKind.ErrorBoundaryEvent)
            {
                continue;
            }

            if (boundary.ErrorCode == code)
            {
                return boundary;
            }

            catchAll ??= boundary.ErrorCode is null ? boundary : null;
        }

        return catchAll;
    }

    private TokenState? ScopeOf(TokenState token) => token.ScopeId is { } id ? behaviors.Session.Token(id) : null;
}
