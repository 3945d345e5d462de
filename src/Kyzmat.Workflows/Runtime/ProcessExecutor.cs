using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Expressions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime.Bpmn;
using Kyzmat.Workflows.Runtime.Bpmn.Behaviors;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Containers;
using Kyzmat.Workflows.Runtime.Bpmn.Processors.Gateways;

namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// Moves tokens through the process until every token waits (user task, job, timer, message, join) or ends: each step
/// is the processor of the token's element kind (<see cref="ElementProcessors"/>). Everything it changes is tracked by
/// the session's DbContext and committed by one save.
/// </summary>
internal sealed class ProcessExecutor
{
    private readonly InstanceSession _session;
    private readonly BpmnBehaviors _behaviors;
    private int _steps;

    public ProcessExecutor(InstanceSession session)
    {
        _session = session;
        _behaviors = new BpmnBehaviors(session);
    }

    public TokenState CreateToken(string elementId, Guid? scopeId) => _behaviors.Agenda.CreateToken(elementId, scopeId);

    public void Schedule(TokenState token) => _behaviors.Agenda.Schedule(token);

    public async Task RunAsync(CancellationToken ct)
    {
        do
        {
            await DrainAgendaAsync(ct).ConfigureAwait(false);
        }
        while (ScheduleInclusiveJoinsThatCanGoOn());

        if (_session.Instance.State == InstanceStates.Completed)
        {
            await _behaviors.EventSubProcesses.CloseAsync(_session.Instance.Id, null, ct).ConfigureAwait(false);
        }

        if (_session.Instance.State == InstanceStates.Completed && _session.Instance.ParentInstanceId is not null && _session.StartedBy is null)
        {
            await _behaviors.CallActivities.CompleteCallerAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A token waiting at an inclusive join goes on once no other token of its scope can still reach it, which a step
    /// elsewhere (a branch ending, a token leaving a path) can bring about.
    /// </summary>
    private bool ScheduleInclusiveJoinsThatCanGoOn()
    {
        var scheduled = false;
        foreach (var token in _session.Tokens.Where(t => t.Status == TokenState.Joining).ToList())
        {
            var element = _session.Model.Element(token.ElementId);
            if (element.Kind == ElementKind.InclusiveGateway && InclusiveGatewayProcessor.CanJoin(_session, token, element))
            {
                _behaviors.Agenda.Schedule(token);
                scheduled = true;
            }
        }

        return scheduled;
    }

    private async Task DrainAgendaAsync(CancellationToken ct)
    {
        while (_behaviors.Agenda.TryTake(out var item))
        {
            var token = item.Token;
            if (!_session.Tokens.Contains(token) || (item.CompletedChild is null && token.Status != TokenState.Active))
            {
                continue;
            }

            if (++_steps > _session.Options.MaxStepsPerCommand)
            {
                StopLoop(token);
                return;
            }

            try
            {
                var context = _behaviors.ContextOf(token, ct);
                var processor = ElementProcessors.Of(context);
                if (item.CompletedChild is { } child)
                {
                    await ((MultiInstanceBodyProcessor)processor).InnerInstanceCompletedAsync(context, child).ConfigureAwait(false);
                }
                else if (item.ChildrenCompleted)
                {
                    await ((IContainerProcessor)processor).ChildrenCompletedAsync(context).ConfigureAwait(false);
                }
                else
                {
                    // Start listeners ran (their jobs completed): the activation they held back goes on.
                    var startListenersRan = token.Listener is { EventType: ListenerEvents.Start, Done: true };
                    token.Listener = null;
                    // An ad-hoc sub-process's inner instance activated again (its incident resolved) retries its path's end.
                    if (!startListenersRan && !token.AdHocInner)
                    {
                        _session.History(HistoryEventTypes.ElementEntered, context.Element.Id, token.Id);
                        if (processor is not MultiInstanceBodyProcessor)
                        {
                            // A multi-instance activity's input mappings are its inner instances', each over its own item.
                            _behaviors.Variables.ApplyInputs(token, context.Element);
                            if (_behaviors.Listeners.BeginStart(token, context.Element))
                            {
                                continue;
                            }
                        }
                    }

                    await processor.ActivateAsync(context).ConfigureAwait(false);
                }
            }
            catch (IncidentException ex)
            {
                RaiseIncident(token, ex.Code, ex.Message, null);
            }
            catch (FeelException ex)
            {
                RaiseIncident(token, IncidentCodes.ExpressionFailed, ex.Message, null);
            }
        }
    }

    private void StopLoop(TokenState token)
    {
        var message = $"More than {_session.Options.MaxStepsPerCommand} elements were passed without reaching a wait state: the process has a cycle with no wait state.";
        RaiseIncident(token, IncidentCodes.LoopDetected, message, null);
        while (_behaviors.Agenda.TryTake(out var other))
        {
            if (other.Token.Status == TokenState.Active && _session.Tokens.Contains(other.Token))
            {
                RaiseIncident(other.Token, IncidentCodes.LoopDetected, message, null);
            }
        }
    }

    /// <summary>What a waiting element waited for happened: it completes (outputs mapped) and the token moves on.</summary>
    public async Task CompleteActivityAsync(TokenState token, JsonObject? result, CancellationToken ct)
    {
        var context = _behaviors.ContextOf(token, ct);
        await ElementProcessors.Of(context).CompleteAsync(context, result).ConfigureAwait(false);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A timer or message the token waits for occurred at <paramref name="occurred"/>: the element the token waits at
    /// completes, a boundary event fires (its variables set on the instance first), or an event after an event-based
    /// gateway wins.
    /// </summary>
    public async Task TriggerEventAsync(TokenState token, BpmnElement occurred, JsonObject? variables, CancellationToken ct, WorkflowJobRecord? firedTimer = null)
    {
        if (occurred.IsBoundaryEvent)
        {
            MergeVariables(variables, null);
            await TriggerBoundaryAsync(token, occurred, ct, firedTimer).ConfigureAwait(false);
        }
        else if (occurred.Id == token.ElementId)
        {
            await CompleteActivityAsync(token, variables, ct).ConfigureAwait(false);
        }
        else if (_behaviors.ContextOf(token, ct) is { Element.Kind: ElementKind.EventBasedGateway } gateway)
        {
            await ((EventBasedGatewayProcessor)ElementProcessors.Of(gateway)).EventOccurredAsync(gateway, occurred, variables).ConfigureAwait(false);
            await RunAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>The job of an ad-hoc sub-process completed: its worker's decision is carried out.</summary>
    public async Task CompleteAdHocJobAsync(TokenState token, Jobs.ServiceTaskResult result, CancellationToken ct)
    {
        await _behaviors.AdHocSubProcesses.JobCompletedAsync(_behaviors.ContextOf(token, ct), result).ConfigureAwait(false);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A listener's job of the token completed: the next listener runs, or the step the listeners held back.</summary>
    public async Task CompleteListenerAsync(TokenState token, Jobs.ServiceTaskResult result, CancellationToken ct)
    {
        await _behaviors.Listeners.CompleteAsync(token, result, ct).ConfigureAwait(false);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A listener's job threw a BPMN error: refused, as in Camunda 8, with an incident.</summary>
    public void RefuseListenerError(TokenState token, WorkflowJobRecord job, string errorCode) => _behaviors.Listeners.RefuseError(token, job, errorCode);

    /// <summary>A user task's completing listeners start: the completion waits for them (true), or there are none (false).</summary>
    public bool BeginTaskCompletion(TokenState token, JsonObject? variables, string userId, JsonObject? taskBefore) =>
        BeginTaskListeners(token, new ListenerState { EventType = ListenerEvents.Completing, Completion = variables, CompletedBy = userId, TaskBefore = taskBefore });

    /// <summary>A user task's listeners of a transition start: it waits for them (true), or there are none (false).</summary>
    public bool BeginTaskListeners(TokenState token, ListenerState marker) =>
        _session.Model.Element(token.ElementId).TaskListeners.Count > 0 && _behaviors.Listeners.BeginTaskTransition(token, marker);

    /// <summary>
    /// A timer, message or signal that <paramref name="ownerId"/> waits for occurred: a token's (as
    /// <see cref="TriggerEventAsync"/>), or a scope's event sub-process start (the scope's token, or the instance for the
    /// process). False when the owner no longer runs, so nothing happened.
    /// </summary>
    public async Task<bool> TriggerAsync(Guid ownerId, BpmnElement occurred, JsonObject? variables, CancellationToken ct, WorkflowJobRecord? firedTimer = null)
    {
        if (occurred.StartsEventSubProcess)
        {
            if (!_behaviors.EventSubProcesses.TryFindScope(ownerId, out var scope))
            {
                return false;
            }

            await _behaviors.EventSubProcesses.TriggerAsync(scope, occurred, variables, firedTimer, ct).ConfigureAwait(false);
            await RunAsync(ct).ConfigureAwait(false);
            return true;
        }

        if (_session.Token(ownerId) is not { } token)
        {
            return false;
        }

        await TriggerEventAsync(token, occurred, variables, ct, firedTimer).ConfigureAwait(false);
        return true;
    }

    /// <summary>The worker of the token's job threw a BPMN error: an error boundary event catches it, or it is an incident.</summary>
    public async Task ThrowErrorAsync(TokenState token, string code, string? message, JsonObject? variables, CancellationToken ct)
    {
        await _behaviors.Errors.ThrowAsync(_behaviors.ContextOf(token, ct), code, message, variables).ConfigureAwait(false);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>An error or escalation from an instance this one called, caught from its call activity outwards (and up).</summary>
    public async Task<bool> CatchFromCalledInstanceAsync(TokenState callActivity, CatchKind kind, string code, JsonObject? variables, CancellationToken ct)
    {
        var caught = kind == CatchKind.Error
            ? await _behaviors.Errors.CatchAsync(callActivity, code, variables, ct).ConfigureAwait(false)
            : await _behaviors.Escalations.CatchAsync(callActivity, code, ct).ConfigureAwait(false);
        if (caught)
        {
            await RunAsync(ct).ConfigureAwait(false);
        }

        return caught;
    }

    /// <summary>A boundary event fires: an interrupting one terminates the activity; either way a new token leaves the boundary.</summary>
    public async Task TriggerBoundaryAsync(TokenState activityToken, BpmnElement boundary, CancellationToken ct, WorkflowJobRecord? firedTimer = null)
    {
        await _behaviors.Activities.TriggerBoundaryAsync(_behaviors.ContextOf(activityToken, ct), boundary, firedTimer).ConfigureAwait(false);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Terminates a token (and, for a container, the tokens inside it) with its open task, jobs and subscriptions.</summary>
    public Task CancelTokenAsync(TokenState token, CancellationToken ct)
    {
        var context = _behaviors.ContextOf(token, ct);
        return ElementProcessors.Of(context).TerminateAsync(context);
    }

    /// <summary>Cancels the whole instance: every token terminated (a call activity's child with it), every job removed.</summary>
    public async Task CancelInstanceAsync(string? actor, CancellationToken ct)
    {
        foreach (var token in _session.Tokens.Where(t => t.ScopeId is null && !t.Canceling).ToList())
        {
            await CancelTokenAsync(token, ct).ConfigureAwait(false);
        }

        await _behaviors.EventSubProcesses.CloseAsync(_session.Instance.Id, null, ct).ConfigureAwait(false);
        // User tasks' canceling listeners still run, on the tokens kept for them (the instance is cancelled meanwhile).
        var canceling = _session.Tokens.Where(t => t.Canceling).Select(t => t.Id).ToHashSet();
        _session.RemoveAll((await _session.FindAsync<WorkflowJobRecord>(j => j.InstanceId == _session.Instance.Id, ct).ConfigureAwait(false))
            .Where(j => !canceling.Contains(j.TokenId)).ToList());
        _session.Tokens.RemoveAll(t => !t.Canceling);
        _session.Instance.State = InstanceStates.Cancelled;
        _session.Instance.EndedAt = _session.Now;
        _session.History(HistoryEventTypes.InstanceCancelled, null, null, actor);
    }

    public void RaiseIncident(TokenState token, string code, string message, Guid? jobId) => _behaviors.Incidents.Raise(token, code, message, jobId);

    /// <summary>Sets instance variables and records which ones changed.</summary>
    public void MergeVariables(JsonObject? values, string? actor) => _behaviors.Variables.MergeVariables(values, actor);

    /// <summary>The variables a job's handler sees: everything visible at its task, its input mappings included.</summary>
    public JsonObject HandlerVariables(TokenState token) => _behaviors.Variables.HandlerVariables(token);
}
