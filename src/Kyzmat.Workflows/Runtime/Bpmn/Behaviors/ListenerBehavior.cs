using System.Globalization;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>
/// Execution and task listeners, as Zeebe runs them: each a job, one after another in document order, while the token
/// waits (<see cref="TokenState.Listener"/>); when the last has run, the step they held back goes on — the element's
/// activation (start), its token leaving (end), the instance completing, the task being offered (creating) or completed.
/// </summary>
internal sealed class ListenerBehavior(BpmnBehaviors behaviors)
{
    private InstanceSession Session => behaviors.Session;

    /// <summary>
    /// Before the element is activated (after its input mappings): the process's start listeners when the token is the
    /// instance's first, else the element's. True when the token now waits for the first listener's job.
    /// </summary>
    public bool BeginStart(TokenState token, BpmnElement element) =>
        token.ScopeId is null && IsStartEvent(element.Kind) && Session.Model.ListenersOf(ListenerEvents.Start).Count > 0
            ? Begin(token, new ListenerState { EventType = ListenerEvents.Start, OfProcess = true })
            : element.HasListeners && Begin(token, new ListenerState { EventType = ListenerEvents.Start });

    /// <summary>Before the token leaves by <paramref name="flows"/> (or ends): true when end listeners now hold it back.</summary>
    public bool DeferLeaving(TokenState token, IReadOnlyList<string> flows)
    {
        if (token.Listener is { EventType: ListenerEvents.End, Done: true })
        {
            token.Listener = null;
            return false;
        }

        return Session.Model.Element(token.ElementId).HasListeners && Begin(token, new ListenerState { EventType = ListenerEvents.End, Flows = [.. flows] });
    }

    /// <summary>The last token of the process ended at <paramref name="endedAt"/>: true when the process's end listeners now run first.</summary>
    public bool DeferInstanceCompletion(string endedAt)
    {
        if (Session.Model.ListenersOf(ListenerEvents.End).Count == 0)
        {
            return false;
        }

        var token = new TokenState { Id = Guid.NewGuid(), ElementId = endedAt, Status = TokenState.Waiting };
        Session.Tokens.Add(token);
        return Begin(token, new ListenerState { EventType = ListenerEvents.End, OfProcess = true });
    }

    /// <summary>A user task's creating or completing listeners: true when the transition now waits for them.</summary>
    public bool BeginTaskTransition(TokenState token, ListenerState marker) => Session.Model.Element(token.ElementId).HasListeners && Begin(token, marker);

    /// <summary>The running listener's job completed: the next listener's job, or, after the last, the held-back step.</summary>
    public async Task CompleteAsync(TokenState token, ServiceTaskResult result, CancellationToken ct)
    {
        var marker = token.Listener ?? throw new InvalidOperationException("The token waits for no listener.");
        var listeners = ListenersOf(token, marker);
        WorkflowUserTaskRecord? task = null;
        if (ListenerEvents.IsTaskEvent(marker.EventType))
        {
            task = (await Session.OpenTasksOfTokenAsync(token.Id, ct).ConfigureAwait(false)).FirstOrDefault()
                ?? throw new InvalidOperationException("The task of the listener is no longer open.");
            if (ApplyTaskResult(token, marker, task, result))
            {
                return;
            }
        }
        else
        {
            SetVariables(token, marker, result);
        }

        if (++marker.Index < listeners.Count)
        {
            CreateJob(token, marker, listeners[marker.Index]);
            return;
        }

        marker.Done = true;
        await GoOnAsync(token, marker, task, ct).ConfigureAwait(false);
    }

    /// <summary>A listener's job threw a BPMN error, which Camunda refuses: an incident, the job kept for a retry.</summary>
    public void RefuseError(TokenState token, WorkflowJobRecord job, string errorCode)
    {
        Session.Db.Entry(job).State = Microsoft.EntityFrameworkCore.EntityState.Modified;
        job.State = JobKinds.Failed;
        job.Retries = 0;
        job.LockOwner = null;
        job.LockedUntil = null;
        job.Version++;
        behaviors.Incidents.Raise(token, IncidentCodes.ListenerErrorThrown,
            $"The listener '{job.TaskType}' threw the BPMN error '{errorCode}'; a listener cannot throw errors (as in Camunda 8).", job.Id);
    }

    /// <summary>Applies a task listener's result; true when a completing listener denied the completion.</summary>
    private bool ApplyTaskResult(TokenState token, ListenerState marker, WorkflowUserTaskRecord task, ServiceTaskResult result)
    {
        if (result.Variables is { Count: > 0 } || result.ErrorCode is not null)
        {
            throw new InvalidOperationException("A task listener's job completes without variables (as in Camunda 8.8); correct the task's attributes instead.");
        }

        if (result.Denied && marker.EventType != ListenerEvents.Completing)
        {
            throw new InvalidOperationException($"A {marker.EventType} listener cannot deny; only a completing one can.");
        }

        if (result.Denied)
        {
            task.State = UserTaskStates.Created;
            task.Version++;
            token.Listener = null;
            Session.History(HistoryEventTypes.TaskCompletionDenied, task.ElementId, token.Id, marker.CompletedBy,
                new JsonObject { ["taskId"] = task.Id, ["reason"] = result.DeniedReason });
            return true;
        }

        if (result.Corrections is { } corrections)
        {
            task.Assignee = corrections.Assignee ?? task.Assignee;
            task.CandidateGroups = corrections.CandidateGroups is { } groups ? UserTaskRows.JoinGroups(groups) : task.CandidateGroups;
            task.CandidateUsers = corrections.CandidateUsers is { } users ? UserTaskRows.JoinGroups(users) : task.CandidateUsers;
            task.DueAt = corrections.DueAt ?? task.DueAt;
            task.FollowUpAt = corrections.FollowUpAt ?? task.FollowUpAt;
            task.Version++;
        }

        return false;
    }

    /// <summary>Start listeners' variables are the element's locals (the process's: instance variables); end listeners' go out from it.</summary>
    private void SetVariables(TokenState token, ListenerState marker, ServiceTaskResult result)
    {
        if (result.Denied || result.Corrections is not null)
        {
            throw new InvalidOperationException("An execution listener cannot deny or correct; only user task listeners can.");
        }

        if (result.Variables is not { Count: > 0 } variables)
        {
            return;
        }

        if (marker.OfProcess)
        {
            behaviors.Variables.MergeVariables(variables, null);
        }
        else if (marker.EventType == ListenerEvents.Start)
        {
            foreach (var (name, value) in variables)
            {
                VariableBehavior.SetLocal(token, name, value?.DeepClone());
            }
        }
        else
        {
            behaviors.Variables.PropagateFromScopeOf(token, variables);
        }
    }

    private async Task GoOnAsync(TokenState token, ListenerState marker, WorkflowUserTaskRecord? task, CancellationToken ct)
    {
        switch (marker.EventType)
        {
            case ListenerEvents.Start:
                behaviors.Agenda.Schedule(token);
                break;
            case ListenerEvents.End when marker.OfProcess:
                Session.Tokens.Remove(token);
                behaviors.Flow.CompleteInstance();
                break;
            case ListenerEvents.End:
                token.Status = TokenState.Active;
                behaviors.Flow.TakeFlows(token, Session.Model.Element(token.ElementId), marker.Flows ?? []);
                break;
            case ListenerEvents.Creating:
                task!.State = UserTaskStates.Created;
                task.Version++;
                token.Listener = null;
                break;
            case ListenerEvents.Completing:
                token.Listener = null;
                task!.State = UserTaskStates.Completed;
                task.CompletedAt = Session.Now;
                task.CompletedBy = marker.CompletedBy;
                task.Version++;
                Session.History(HistoryEventTypes.TaskCompleted, task.ElementId, token.Id, marker.CompletedBy, new JsonObject { ["taskId"] = task.Id });
                var context = behaviors.ContextOf(token, ct);
                await ElementProcessors.Of(context).CompleteAsync(context, marker.Completion ?? []).ConfigureAwait(false);
                break;
        }
    }

    private bool Begin(TokenState token, ListenerState marker)
    {
        var listeners = ListenersOf(token, marker);
        if (listeners.Count == 0)
        {
            return false;
        }

        token.Listener = marker;
        token.Status = TokenState.Waiting;
        CreateJob(token, marker, listeners[0]);
        return true;
    }

    private void CreateJob(TokenState token, ListenerState marker, ListenerDefinition listener)
    {
        var type = behaviors.Expressions.EvaluateText(token, listener.Type)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The listener type '{listener.Type}' of '{token.ElementId}' gave null.");
        var kind = ListenerEvents.IsTaskEvent(marker.EventType) ? JobKinds.TaskListener : JobKinds.ExecutionListener;
        behaviors.Jobs.Create(token, token.ElementId, kind, type, Session.Now, Retries(token, listener));
    }

    private int Retries(TokenState token, ListenerDefinition listener)
    {
        if (!FeelExpression.IsExpression(listener.Retries))
        {
            return int.Parse(listener.Retries, CultureInfo.InvariantCulture);
        }

        return behaviors.Expressions.Evaluate(token, listener.Retries) is decimal retries && retries >= 0 && retries == decimal.Truncate(retries)
            ? (int)retries
            : throw new IncidentException(IncidentCodes.ExpressionFailed, $"The listener retries '{listener.Retries}' of '{token.ElementId}' is not a whole number.");
    }

    private IReadOnlyList<ListenerDefinition> ListenersOf(TokenState token, ListenerState marker) =>
        marker.OfProcess ? Session.Model.ListenersOf(marker.EventType) : Session.Model.Element(token.ElementId).ListenersOf(marker.EventType);

    private static bool IsStartEvent(ElementKind kind) =>
        kind is ElementKind.StartEvent or ElementKind.TimerStartEvent or ElementKind.MessageStartEvent or ElementKind.SignalStartEvent;
}
