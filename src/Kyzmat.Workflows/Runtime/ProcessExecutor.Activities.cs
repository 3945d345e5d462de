using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class ProcessExecutor
{
    private async Task WaitAsync(TokenState token, BpmnElement element, CancellationToken ct)
    {
        // Evaluate every expression first, so that a failing one raises an incident before any row is written.
        var boundaries = Model.BoundariesOf(element.Id)
            .Select(b => b.Kind == ElementKind.TimerBoundaryEvent ? (b, DueAt(b.Timer!), (string?)null) : (b, default(DateTime), CorrelationKey(b)))
            .ToList();
        switch (element.Kind)
        {
            case ElementKind.UserTask:
                CreateUserTask(token, element);
                break;
            case ElementKind.ServiceTask:
                var type = EvaluateText(element.TaskType)
                    ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The task type '{element.TaskType}' of '{element.Id}' gave null.");
                AddJob(token, element.Id, JobKinds.ServiceTask, type, _session.Now, element.Retries);
                break;
            case ElementKind.TimerCatchEvent:
                AddJob(token, element.Id, JobKinds.Timer, null, DueAt(element.Timer!), 1);
                break;
            default:
                Subscribe(token, element, CorrelationKey(element));
                break;
        }

        foreach (var (boundary, dueAt, key) in boundaries)
        {
            if (key is null)
            {
                AddJob(token, boundary.Id, JobKinds.BoundaryTimer, null, dueAt, 1);
            }
            else
            {
                Subscribe(token, boundary, key);
            }
        }

        token.Status = TokenState.Waiting;
        await Task.CompletedTask.ConfigureAwait(false);
        _ = ct;
    }

    private string CorrelationKey(BpmnElement element) =>
        EvaluateText(element.CorrelationKey)
            ?? throw new IncidentException(IncidentCodes.ExpressionFailed, $"The correlation key '{element.CorrelationKey}' of '{element.Id}' gave null.");

    private void CreateUserTask(TokenState token, BpmnElement element)
    {
        var task = new WorkflowUserTaskRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = _session.Instance.Id,
            TokenId = token.Id,
            DefinitionKey = _session.Instance.DefinitionKey,
            BusinessKey = _session.Instance.BusinessKey,
            ElementId = element.Id,
            Name = element.Name ?? element.Id,
            FormKey = element.FormKey,
            Assignee = EvaluateText(element.Assignee),
            CandidateGroups = UserTaskRows.JoinGroups(EvaluateList(element.CandidateGroups)),
            CandidateUsers = UserTaskRows.JoinGroups(EvaluateList(element.CandidateUsers)),
            DueAt = EvaluateDate(element.DueDate),
            FollowUpAt = EvaluateDate(element.FollowUpDate),
            State = UserTaskStates.Created,
            InputJson = element.Inputs.Count == 0 ? null : EvaluateMappings(element.Inputs, _session.Variables).ToJsonString(),
            CreatedAt = _session.Now,
        };
        _session.Db.Add(task);
        _session.History(HistoryEventTypes.TaskCreated, element.Id, token.Id, null, new JsonObject { ["taskId"] = task.Id, ["assignee"] = task.Assignee });
    }

    private void AddJob(TokenState token, string elementId, string kind, string? type, DateTime dueAt, int retries) =>
        _session.AddJob(new WorkflowJobRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = _session.Instance.Id,
            TokenId = token.Id,
            ElementId = elementId,
            Kind = kind,
            TaskType = type,
            State = JobKinds.Pending,
            DueAt = dueAt,
            Retries = retries,
            CreatedAt = _session.Now,
        });

    private void Subscribe(TokenState token, BpmnElement element, string correlationKey) =>
        _session.Db.Add(new WorkflowMessageSubscriptionRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = _session.Instance.Id,
            TokenId = token.Id,
            ElementId = element.Id,
            MessageName = element.MessageName!,
            CorrelationKey = correlationKey,
            CreatedAt = _session.Now,
        });

    /// <summary>A waiting activity or catch event is done: its boundary work is removed, outputs mapped, and the token moves on.</summary>
    public async Task CompleteActivityAsync(TokenState token, JsonObject? result, CancellationToken ct)
    {
        var element = Model.Element(token.ElementId);
        // Only what the element waits with is looked up: the job of a service task or timer is deleted by the runner that
        // completes it, so jobs remain only for timer boundaries, and subscriptions only for a message wait or boundary.
        var boundaries = Model.BoundariesOf(element.Id);
        if (boundaries.Any(b => b.Kind == ElementKind.TimerBoundaryEvent))
        {
            RemoveAll(await _session.JobsOfTokenAsync(token.Id, ct).ConfigureAwait(false));
        }

        if (element.Kind is not (ElementKind.UserTask or ElementKind.ServiceTask or ElementKind.TimerCatchEvent)
            || boundaries.Any(b => b.Kind != ElementKind.TimerBoundaryEvent))
        {
            RemoveAll(await _session.SubscriptionsOfTokenAsync(token.Id, ct).ConfigureAwait(false));
        }

        if (result is not null || element.Outputs.Count > 0)
        {
            try
            {
                var output = element.Outputs.Count > 0 ? EvaluateMappings(element.Outputs, Merge(_session.Variables, result ?? [])) : result;
                MergeVariables(output, null);
            }
            catch (Expressions.FeelException ex)
            {
                // Refused to the caller (a user completing a task, a message publisher); a job counts it as a failed attempt.
                throw new WorkflowException(WorkflowErrorCodes.ExpressionFailed, $"The output mappings of '{element.Id}' failed: {ex.Message}", ex);
            }
        }

        Schedule(token);
        Leave(token, element);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A boundary event fires: an interrupting one cancels the activity; either way a new token leaves the boundary.</summary>
    public async Task TriggerBoundaryAsync(TokenState activityToken, BpmnElement boundary, CancellationToken ct)
    {
        if (boundary.CancelActivity)
        {
            await CancelTokenAsync(activityToken, ct).ConfigureAwait(false);
        }

        var token = new TokenState { Id = Guid.NewGuid(), ElementId = boundary.Id, ScopeId = activityToken.ScopeId, Status = TokenState.Active };
        _session.Tokens.Add(token);
        _session.History(HistoryEventTypes.ElementEntered, boundary.Id, token.Id);
        Leave(token, boundary);
        await RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Removes a token (and, for a sub-process, its children) with its open task, jobs and subscriptions.</summary>
    public async Task CancelTokenAsync(TokenState token, CancellationToken ct)
    {
        foreach (var child in _session.Tokens.Where(t => t.ScopeId == token.Id).ToList())
        {
            await CancelTokenAsync(child, ct).ConfigureAwait(false);
        }

        await RemoveWaitRowsAsync(token.Id, ct).ConfigureAwait(false);
        foreach (var task in await _session.OpenTasksOfTokenAsync(token.Id, ct).ConfigureAwait(false))
        {
            task.State = UserTaskStates.Cancelled;
            task.Version++;
        }

        _session.Tokens.Remove(token);
        _session.History(HistoryEventTypes.ElementTerminated, token.ElementId, token.Id);
    }

    private async Task RemoveWaitRowsAsync(Guid tokenId, CancellationToken ct)
    {
        RemoveAll(await _session.JobsOfTokenAsync(tokenId, ct).ConfigureAwait(false));
        RemoveAll(await _session.SubscriptionsOfTokenAsync(tokenId, ct).ConfigureAwait(false));
    }

    private void RemoveAll<T>(List<T> rows)
        where T : class
    {
        foreach (var row in rows)
        {
            _session.Db.Remove(row);
        }
    }
}
