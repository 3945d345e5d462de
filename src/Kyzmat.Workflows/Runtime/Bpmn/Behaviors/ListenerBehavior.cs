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
/// activation (start), its token leaving (end), the instance completing, the task being offered (creating), assigned
/// (assigning: a claim, an unclaim, an assignment, the model's assignee), updated, completed, or cancelled (canceling).
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

    /// <summary>A user task's listeners of a transition (creating, assigning, ...): true when the transition now waits for them.</summary>
    public bool BeginTaskTransition(TokenState token, ListenerState marker) => Session.Model.Element(token.ElementId).HasListeners && Begin(token, marker);

    /// <summary>
    /// The task has just been created (its creating listeners, if any, have run): an assignee it has by then — the model's,
    /// or a creating listener's — is an assignment, which its assigning listeners hold back as Camunda 8.8 does (the task
    /// is created unassigned, then assigning). True when they now run.
    /// </summary>
    public bool BeginAssignmentAtCreation(TokenState token, WorkflowUserTaskRecord task)
    {
        if (task.Assignee is null || Session.Model.Element(token.ElementId).ListenersOf(ListenerEvents.Assigning).Count == 0)
        {
            return false;
        }

        var before = UserTaskRows.Snapshot(task);
        before["assignee"] = null;
        task.State = UserTaskStates.Assigning;
        return Begin(token, new ListenerState { EventType = ListenerEvents.Assigning, TaskBefore = before, Action = HistoryEventTypes.TaskAssigned });
    }

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

    /// <summary>
    /// Applies a task listener's result; true when it denied the transition (assigning, updating, completing, as in
    /// Camunda 8.8): the task goes back to Created with the attributes it had before, the corrections of the transition's
    /// earlier listeners discarded.
    /// </summary>
    private bool ApplyTaskResult(TokenState token, ListenerState marker, WorkflowUserTaskRecord task, ServiceTaskResult result)
    {
        if (result.Variables is { Count: > 0 } || result.ErrorCode is not null)
        {
            throw new InvalidOperationException("A task listener's job completes without variables (as in Camunda 8.8); correct the task's attributes instead.");
        }

        if (result.Denied)
        {
            var deniedEvent = DeniedEventOf(marker.EventType)
                ?? throw new InvalidOperationException($"A {marker.EventType} listener cannot deny; only assigning, updating and completing ones can (as in Camunda 8.8).");
            if (marker.TaskBefore is { } before)
            {
                UserTaskRows.Restore(task, before);
            }

            task.State = UserTaskStates.Created;
            task.Version++;
            token.Listener = null;
            Session.History(deniedEvent, task.ElementId, token.Id, marker.CompletedBy ?? marker.Actor,
                new JsonObject { ["taskId"] = task.Id, ["reason"] = result.DeniedReason });
            return true;
        }

        if (result.Corrections is { } corrections)
        {
            if (marker.AssigneeFromModel && corrections.Assignee is not null)
            {
                throw new InvalidOperationException(
                    "A creating listener may not correct an assignee the model gave the task (as in Camunda 8.8); correct it with an assigning listener.");
            }

            UserTaskRows.Correct(task, corrections);
            task.Version++;
        }

        return false;
    }

    private static string? DeniedEventOf(string eventType) => eventType switch
    {
        ListenerEvents.Assigning => HistoryEventTypes.TaskAssignmentDenied,
        ListenerEvents.Updating => HistoryEventTypes.TaskUpdateDenied,
        ListenerEvents.Completing => HistoryEventTypes.TaskCompletionDenied,
        _ => null,
    };

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
                BeginAssignmentAtCreation(token, task);
                break;
            case ListenerEvents.Assigning or ListenerEvents.Updating:
                // The claim, assignment or update takes effect with the listeners' corrections.
                token.Listener = null;
                task!.State = UserTaskStates.Created;
                task.Version++;
                var data = new JsonObject { ["taskId"] = task.Id };
                if (marker.Action is HistoryEventTypes.TaskAssigned or HistoryEventTypes.TaskClaimed)
                {
                    data["assignee"] = task.Assignee;
                }

                Session.History(marker.Action ?? HistoryEventTypes.TaskUpdated, task.ElementId, token.Id, marker.Actor, data);
                break;
            case ListenerEvents.Canceling:
                // The element was terminated already: the task is now cancelled, and the token that waited for the listeners goes.
                task!.State = UserTaskStates.Cancelled;
                task.Version++;
                Session.Tokens.Remove(token);
                if (Session.Instance.State == InstanceStates.Active)
                {
                    behaviors.Flow.CompleteScopeIfEmpty(null, token.ElementId);
                }

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
