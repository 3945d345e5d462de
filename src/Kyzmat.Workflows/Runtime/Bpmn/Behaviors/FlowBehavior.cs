using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Tokens leaving elements by sequence flows, ending, and the completion of the scope they end in.</summary>
internal sealed class FlowBehavior(InstanceSession session, Agenda agenda, ListenerBehavior listeners, CompensationBehavior compensations)
{
    /// <summary>Leaves an element by all its outgoing flows (an implicit fork when several), or ends the token when none.</summary>
    public void Leave(TokenState token, BpmnElement element) => TakeFlows(token, element, element.Outgoing);

    public void TakeFlows(TokenState token, BpmnElement element, IReadOnlyList<string> flowIds)
    {
        if (listeners.DeferLeaving(token, flowIds))
        {
            return;
        }

        session.History(HistoryEventTypes.ElementLeft, element.Id, token.Id);
        compensations.Left(token, element);
        if (token.LoopCounter is not null && session.Token(token.ScopeId!.Value) is { } body)
        {
            // An inner instance of a multi-instance activity leaves by no flow: its body gathers it, then goes on.
            token.Status = TokenState.Joining;
            agenda.ScheduleChildCompleted(body, token);
            return;
        }

        token.Locals = null;
        if (flowIds.Count == 0)
        {
            session.Tokens.Remove(token);
            CompleteScopeIfEmpty(token.ScopeId, element.Id);
            return;
        }

        for (var i = 0; i < flowIds.Count; i++)
        {
            var flow = session.Model.Flows[flowIds[i]];
            var moving = i == 0 ? token : agenda.CreateToken(flow.TargetId, token.ScopeId);
            moving.ElementId = flow.TargetId;
            moving.ArrivedVia = flow.Id;
            if (i == 0)
            {
                agenda.Schedule(moving);
            }
        }
    }

    /// <summary>The token ends at the element (an end event): it leaves no flow, and its scope may be complete.</summary>
    public void End(TokenState token, BpmnElement element) => TakeFlows(token, element, []);

    /// <summary>
    /// When no token is left in a scope, the process completes (scope null) or the container is told, through the agenda,
    /// that its children have completed.
    /// </summary>
    public void CompleteScopeIfEmpty(Guid? scopeId, string endedAt)
    {
        if (session.Tokens.Any(t => t.ScopeId == scopeId))
        {
            return;
        }

        if (scopeId is null)
        {
            if (session.Instance.State == InstanceStates.Active && !listeners.DeferInstanceCompletion(endedAt))
            {
                CompleteInstance();
            }

            return;
        }

        if (session.Token(scopeId.Value) is { } containerToken)
        {
            agenda.ScheduleChildrenCompleted(containerToken);
        }
    }

    /// <summary>The instance completes (its last token ended, and the process's end listeners, if any, have run).</summary>
    public void CompleteInstance()
    {
        session.Instance.State = InstanceStates.Completed;
        session.Instance.EndedAt = session.Now;
        session.History(HistoryEventTypes.InstanceCompleted, null, null);
    }
}
