using Kyzmat.Workflows.Definitions;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Compensation as Camunda 8 runs it: an activity with a compensation boundary event that completes becomes undoable;
/// a compensation throw or end event runs the handlers of what completed in its scope (and in completed sub-processes
/// within it), each once, all at once, and waits for them.
/// </summary>
internal sealed class CompensationBehavior(InstanceSession session, Agenda agenda)
{
    /// <summary>A token leaves an element normally: remember it if it can be compensated, or holds what can be.</summary>
    public void Left(TokenState token, BpmnElement element)
    {
        if (token.LoopCounter is null && HandlerOf(element) is not null)
        {
            // A multi-instance activity is compensated once, when its body completes (not per inner instance).
            session.Compensations.Add(new CompensationSubscription { ElementId = element.Id, ScopeId = token.ScopeId });
        }

        if ((element.Kind == ElementKind.SubProcess || element.MultiInstance is not null) && session.Compensations.Any(c => c.ScopeId == token.Id))
        {
            session.Compensations.Add(new CompensationSubscription { ElementId = element.Id, ScopeId = token.ScopeId, TokenId = token.Id });
        }
    }

    /// <summary>
    /// Runs the handlers for what the throw event at <paramref name="thrower"/> compensates, as tokens inside it (so that it
    /// completes when the last one ends). Returns how many were started; none means there was nothing to undo.
    /// </summary>
    public int Trigger(TokenState thrower, BpmnElement throwEvent)
    {
        var scopeId = CompensatedScope(thrower);
        var due = throwEvent.CompensateActivityRef is { } activityRef
            ? session.Compensations.Where(c => c.ScopeId == scopeId && c.TokenId is null && c.ElementId == activityRef).ToList()
            : Within(scopeId).ToList();
        foreach (var subscription in due)
        {
            session.Compensations.Remove(subscription);
            if (subscription.TokenId is null)
            {
                agenda.CreateToken(HandlerOf(session.Model.Element(subscription.ElementId))!, thrower.Id);
            }
        }

        return due.Count(s => s.TokenId is null);
    }

    /// <summary>The scope a throw event compensates: its own, or, inside an event sub-process, the one around that (as Camunda 8).</summary>
    private Guid? CompensatedScope(TokenState thrower) =>
        thrower.ScopeId is { } id && session.Token(id) is { } scope && session.Model.Element(scope.ElementId).Kind == ElementKind.EventSubProcess
            ? scope.ScopeId
            : thrower.ScopeId;

    /// <summary>Everything compensable in a scope, and inside the completed sub-processes of that scope, at any depth.</summary>
    private IEnumerable<CompensationSubscription> Within(Guid? scopeId)
    {
        foreach (var subscription in session.Compensations.Where(c => c.ScopeId == scopeId).ToList())
        {
            yield return subscription;
            if (subscription.TokenId is { } inner)
            {
                foreach (var nested in Within(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    private string? HandlerOf(BpmnElement activity) =>
        session.Model.BoundariesOf(activity.Id).FirstOrDefault(b => b.Kind == ElementKind.CompensationBoundaryEvent)?.CompensationHandlerId;
}
