using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tasks;

internal sealed class UserTaskService : IUserTaskService
{
    private readonly DbContext _db;
    private readonly DefinitionCache _cache;
    private readonly WorkflowEngineOptions _options;
    private readonly TimeProvider _time;
    private readonly IUserTaskAuthorizer _authorizer;
    private readonly IWorkflowJobDispatcher _dispatcher;
    private readonly IWorkflowJobRunner _runner;
    private readonly FormCache _forms;
    private readonly IFormDocuments _documents;

    public UserTaskService(WorkflowDbContextAccessor accessor, DefinitionCache cache, WorkflowEngineOptions options, TimeProvider time,
        IUserTaskAuthorizer authorizer, IWorkflowJobDispatcher dispatcher, IWorkflowJobRunner runner, FormCache forms, IFormDocuments documents)
    {
        _forms = forms;
        _documents = documents;
        _runner = runner;
        _db = accessor.Context;
        _cache = cache;
        _options = options;
        _time = time;
        _authorizer = authorizer;
        _dispatcher = dispatcher;
    }

    // The lookups of every step a citizen or reviewer takes, compiled once per model (decision 0011): a business key's tasks
    // in a state (how an application finds its open step) and a task by id.
    private static readonly CompiledPerModel<Func<DbContext, string, string, int, int, IAsyncEnumerable<WorkflowUserTaskRecord>>> OfBusinessKey = new(() =>
        EF.CompileAsyncQuery((DbContext db, string businessKey, string state, int skip, int take) => db.Set<WorkflowUserTaskRecord>().AsNoTracking()
            .Where(t => t.BusinessKey == businessKey && t.State == state).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Skip(skip).Take(take)));

    private static readonly CompiledPerModel<Func<DbContext, string, string, CancellationToken, Task<WorkflowUserTaskRecord?>>> OpenByFormKey = new(() =>
        EF.CompileAsyncQuery((DbContext db, string businessKey, string formKey, CancellationToken _) => db.Set<WorkflowUserTaskRecord>()
            .Where(t => t.BusinessKey == businessKey && t.State == UserTaskStates.Created && t.FormKey == formKey)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<WorkflowUserTaskRecord?>>> TaskById = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => db.Set<WorkflowUserTaskRecord>().FirstOrDefault(t => t.Id == id)));

    public async Task<PagedResult<UserTaskInfo>> QueryAsync(UserTaskQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = _db.Set<WorkflowUserTaskRecord>().AsNoTracking();
        if (query.State is not null)
        {
            rows = rows.Where(t => t.State == query.State);
        }

        if (query.Assignee is not null)
        {
            rows = rows.Where(t => t.Assignee == query.Assignee);
        }

        if (query.CandidateGroup is not null)
        {
            var pattern = "," + query.CandidateGroup + ",";
            rows = rows.Where(t => t.CandidateGroups.Contains(pattern));
        }

        if (query.CandidateUser is not null)
        {
            var pattern = "," + query.CandidateUser + ",";
            rows = rows.Where(t => t.CandidateUsers.Contains(pattern));
        }

        if (query.InstanceId is not null)
        {
            rows = rows.Where(t => t.InstanceId == query.InstanceId);
        }

        if (query.BusinessKey is not null)
        {
            rows = rows.Where(t => t.BusinessKey == query.BusinessKey);
        }

        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(0, query.Page);
        var items = query is { State: { } state, Assignee: null, CandidateGroup: null, CandidateUser: null, InstanceId: null, BusinessKey: { } businessKey }
            ? await OfBusinessKey.For(_db)(_db, businessKey, state, page * pageSize, pageSize).ToListAsync(ct).ConfigureAwait(false)
            : await rows.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct).ConfigureAwait(false);
        // A page with room to spare is the last one: the total follows without counting (most queries are one page).
        var total = items.Count < pageSize && (items.Count > 0 || page == 0)
            ? page * pageSize + items.Count
            : await rows.CountAsync(ct).ConfigureAwait(false);
        return new PagedResult<UserTaskInfo>(items.Select(UserTaskRows.ToInfo).ToList(), total, page, pageSize);
    }

    public async Task<UserTaskInfo> GetAsync(Guid taskId, CancellationToken ct = default) =>
        UserTaskRows.ToInfo(await _db.Set<WorkflowUserTaskRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct).ConfigureAwait(false)
            ?? throw NotFound(taskId));

    public async Task<UserTaskInfo?> FindOpenAsync(string businessKey, string formKey, CancellationToken ct = default) =>
        await OpenByFormKey.For(_db)(_db, businessKey, formKey, ct).ConfigureAwait(false) is { } task ? UserTaskRows.ToInfo(task) : null;

    public async Task<IReadOnlyDictionary<string, string>> PropertiesOfAsync(Guid instanceId, string elementId, CancellationToken ct = default)
    {
        var definitionId = await _db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => i.DefinitionId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (definitionId is null)
        {
            return new Dictionary<string, string>();
        }

        var model = await _cache.GetAsync(_db, definitionId, ct).ConfigureAwait(false);
        return model.Elements.TryGetValue(elementId, out var element) ? element.Properties : new Dictionary<string, string>();
    }

    public async Task<UserTaskInfo> ClaimAsync(Guid taskId, string userId, CancellationToken ct = default)
    {
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var task = await LoadOpenAsync(taskId, ct, claimedBy: userId).ConfigureAwait(false);
        if (task.State == UserTaskStates.Assigning)
        {
            // This user's claim waits for its assigning listeners already.
            return UserTaskRows.ToInfo(task);
        }

        if (task.Assignee is not null && task.Assignee != userId)
        {
            throw AlreadyClaimed(task.Assignee);
        }

        if (!await _authorizer.CanClaimAsync(UserTaskRows.ToInfo(task), userId, ct).ConfigureAwait(false))
        {
            throw new WorkflowException(WorkflowErrorCodes.NotAuthorized, $"'{userId}' may not claim this task.");
        }

        if (task.Assignee == userId)
        {
            return UserTaskRows.ToInfo(task);
        }

        return await ChangeAsync(task, ListenerEvents.Assigning, HistoryEventTypes.TaskClaimed, userId, t => t.Assignee = userId, null, ct).ConfigureAwait(false);
    }

    public async Task<UserTaskInfo> UnclaimAsync(Guid taskId, string userId, CancellationToken ct = default)
    {
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var task = await LoadOpenAsync(taskId, ct).ConfigureAwait(false);
        var info = UserTaskRows.ToInfo(task);
        // The assignee gives a task back (nobody's is a no-op for whoever may claim it); taking it from someone else is the
        // host's call (a lead, an administrator).
        var allowed = task.Assignee is null || task.Assignee == userId
            ? await _authorizer.CanClaimAsync(info, userId, ct).ConfigureAwait(false)
            : await _authorizer.CanAssignAsync(info, userId, null, ct).ConfigureAwait(false);
        if (!allowed)
        {
            throw new WorkflowException(WorkflowErrorCodes.NotAuthorized, $"'{userId}' may not unclaim this task.");
        }

        if (task.Assignee is null)
        {
            return info;
        }

        return await ChangeAsync(task, ListenerEvents.Assigning, HistoryEventTypes.TaskUnclaimed, userId, t => t.Assignee = null, null, ct).ConfigureAwait(false);
    }

    public async Task<UserTaskInfo> AssignAsync(Guid taskId, string actorId, string assignee, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var task = await LoadOpenAsync(taskId, ct).ConfigureAwait(false);
        if (!await _authorizer.CanAssignAsync(UserTaskRows.ToInfo(task), actorId, assignee, ct).ConfigureAwait(false))
        {
            throw new WorkflowException(WorkflowErrorCodes.NotAuthorized, $"'{actorId}' may not assign this task to '{assignee}'.");
        }

        if (task.Assignee == assignee)
        {
            return UserTaskRows.ToInfo(task);
        }

        return await ChangeAsync(task, ListenerEvents.Assigning, HistoryEventTypes.TaskAssigned, actorId, t => t.Assignee = assignee,
            new JsonObject { ["assignee"] = assignee }, ct).ConfigureAwait(false);
    }

    public async Task<UserTaskInfo> UpdateAsync(Guid taskId, string actorId, UserTaskUpdate changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfNotEqual(changes.Priority is null or (>= 0 and <= 100), true, nameof(changes));
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var task = await LoadOpenAsync(taskId, ct).ConfigureAwait(false);
        if (!await _authorizer.CanUpdateAsync(UserTaskRows.ToInfo(task), actorId, ct).ConfigureAwait(false))
        {
            throw new WorkflowException(WorkflowErrorCodes.NotAuthorized, $"'{actorId}' may not update this task.");
        }

        return await ChangeAsync(task, ListenerEvents.Updating, HistoryEventTypes.TaskUpdated, actorId, t =>
        {
            t.CandidateGroups = changes.CandidateGroups is { } groups ? UserTaskRows.JoinGroups(groups) : t.CandidateGroups;
            t.CandidateUsers = changes.CandidateUsers is { } users ? UserTaskRows.JoinGroups(users) : t.CandidateUsers;
            t.DueAt = changes.DueAt ?? t.DueAt;
            t.FollowUpAt = changes.FollowUpAt ?? t.FollowUpAt;
            t.Priority = changes.Priority ?? t.Priority;
        }, null, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A claim, an unclaim, an assignment (<paramref name="eventType"/> assigning) or an update. Without listeners of the
    /// event it is one conditional update of the row. With them, as Camunda 8.8: the task is Assigning (Updating) with the
    /// change shown, the listeners' jobs run one after another (here, right after the commit, as for a completion), and the
    /// change takes effect with their corrections — or a listener denies it, the task goes back as it was, and the caller
    /// gets TASK_ASSIGNMENT_DENIED (TASK_UPDATE_DENIED). A listener that failed leaves the task in its intermediate state,
    /// returned as it is, its job retried by the poller (an incident when it runs out of retries).
    /// </summary>
    private async Task<UserTaskInfo> ChangeAsync(WorkflowUserTaskRecord task, string eventType, string action, string actorId,
        Action<WorkflowUserTaskRecord> change, JsonObject? data, CancellationToken ct)
    {
        if (!await HasListenersAsync(task, eventType, ct).ConfigureAwait(false))
        {
            change(task);
            return await SaveAssignmentAsync(task, action, actorId, ct, data).ConfigureAwait(false);
        }

        var session = await InstanceSession.LoadAsync(_db, _cache, task.InstanceId, _time.GetUtcNow().UtcDateTime, _options, ct).ConfigureAwait(false);
        if (session.Token(task.TokenId) is not { } token || session.Instance.State != InstanceStates.Active)
        {
            throw new WorkflowException(WorkflowErrorCodes.TaskNotActive, "The task's instance has moved on; the task is no longer active.");
        }

        var before = UserTaskRows.Snapshot(task);
        change(task);
        task.State = eventType == ListenerEvents.Assigning ? UserTaskStates.Assigning : UserTaskStates.Updating;
        task.Version++;
        new ProcessExecutor(session).BeginTaskListeners(token, new ListenerState { EventType = eventType, TaskBefore = before, Action = action, Actor = actorId });
        try
        {
            await session.SaveAsync(ct).ConfigureAwait(false);
        }
        catch (WorkflowException ex)
        {
            _db.ChangeTracker.Clear();
            throw ex.Code == WorkflowErrorCodes.ConcurrencyConflict ? await ConflictOfAsync(task.Id, actorId, ex, ct).ConfigureAwait(false) : ex;
        }

        if (_db.Database.CurrentTransaction is not null)
        {
            _dispatcher.JobsCommitted(session.NewJobs);
            return UserTaskRows.ToInfo(task);
        }

        var denied = eventType == ListenerEvents.Assigning ? HistoryEventTypes.TaskAssignmentDenied : HistoryEventTypes.TaskUpdateDenied;
        if (await RunListenersAsync(task, denied, action, ct).ConfigureAwait(false) is { } denial)
        {
            var what = eventType == ListenerEvents.Assigning ? "assignment" : "update";
            throw new WorkflowException(eventType == ListenerEvents.Assigning ? WorkflowErrorCodes.TaskAssignmentDenied : WorkflowErrorCodes.TaskUpdateDenied,
                denial.Length == 0 ? $"An {eventType} listener denied the {what}; the task is as it was." : $"An {eventType} listener denied the {what}: {denial}");
        }

        return await GetAsync(task.Id, ct).ConfigureAwait(false);
    }

    private async Task<bool> HasListenersAsync(WorkflowUserTaskRecord task, string eventType, CancellationToken ct)
    {
        var definitionId = await DefinitionOf.For(_db)(_db, task.InstanceId, ct).ConfigureAwait(false);
        return definitionId is not null
            && (await _cache.GetAsync(_db, definitionId, ct).ConfigureAwait(false)).Elements.TryGetValue(task.ElementId, out var element)
            && element.ListenersOf(eventType).Count > 0;
    }

    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<string?>>> DefinitionOf = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid instanceId, CancellationToken _) =>
            db.Set<WorkflowInstanceRecord>().Where(i => i.Id == instanceId).Select(i => i.DefinitionId).FirstOrDefault()));

    // The row's version makes the save a conditional update: of two people claiming at once exactly one wins, and the
    // other is told who has the task now rather than that something changed.
    private async Task<UserTaskInfo> SaveAssignmentAsync(WorkflowUserTaskRecord task, string eventType, string userId, CancellationToken ct, JsonObject? data = null)
    {
        try
        {
            return await SaveTaskAsync(task, eventType, userId, ct, data).ConfigureAwait(false);
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.ConcurrencyConflict)
        {
            throw await ConflictOfAsync(task.Id, userId, ex, ct).ConfigureAwait(false);
        }
    }

    private async Task<WorkflowException> ConflictOfAsync(Guid taskId, string userId, WorkflowException ex, CancellationToken ct)
    {
        var now = await _db.Set<WorkflowUserTaskRecord>().AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.State, t.Assignee }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return now switch
        {
            null => NotFound(taskId),
            { State: UserTaskStates.Completed } => AlreadyCompleted(),
            { State: UserTaskStates.Created or UserTaskStates.Assigning, Assignee: { } holder } when holder != userId => AlreadyClaimed(holder),
            { State: not UserTaskStates.Created } => NotActive(now.State),
            _ => ex,
        };
    }

    public async Task CompleteAsync(Guid taskId, string userId, JsonObject? variables = null, CancellationToken ct = default)
    {
        // Completing a task is safe to repeat from the start: when another command on the same instance committed first
        // (the tasks of a parallel multi-instance, completed in the same second), it runs again on what that one left.
        // Inside a caller's transaction its other writes would be lost with the change tracker, so the conflict goes up.
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CompleteOnceAsync(taskId, userId, variables, ct).ConfigureAwait(false);
                return;
            }
            catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.ConcurrencyConflict
                && attempt < MaxCompletionAttempts && _db.Database.CurrentTransaction is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), ct).ConfigureAwait(false);
            }
        }
    }

    private async Task CompleteOnceAsync(Guid taskId, string userId, JsonObject? variables, CancellationToken ct)
    {
        var task = await LoadOpenAsync(taskId, ct).ConfigureAwait(false);
        if (!await _authorizer.CanCompleteAsync(UserTaskRows.ToInfo(task), userId, ct).ConfigureAwait(false))
        {
            throw new WorkflowException(WorkflowErrorCodes.NotAuthorized, $"'{userId}' may not complete this task.");
        }

        var session = await InstanceSession.LoadAsync(_db, _cache, task.InstanceId, _time.GetUtcNow().UtcDateTime, _options, ct).ConfigureAwait(false);
        var token = session.Token(task.TokenId);
        if (token is null || session.Instance.State != InstanceStates.Active)
        {
            // The task row was read before someone else's commit: report what happened to it.
            throw await CurrentStateAsync(taskId, ct).ConfigureAwait(false) == UserTaskStates.Completed
                ? AlreadyCompleted()
                : new WorkflowException(WorkflowErrorCodes.TaskNotActive, "The task's instance has moved on; the task is no longer active.");
        }

        var executor = new ProcessExecutor(session);
        if (task.FormVersionId is { } formVersionId)
        {
            // A task with a Camunda form takes only what its form version allows (decision 0105), by any API.
            var form = await _forms.GetAsync(_db, formVersionId, ct).ConfigureAwait(false);
            var checkedData = FormDataValidator.Validate(form, variables, executor.HandlerVariables(token), _time.GetUtcNow());
            var errors = checkedData.IsValid
                ? await FormDocumentReferences.ResolveAsync(form, checkedData.Variables, userId, _documents, ct).ConfigureAwait(false)
                : checkedData.Errors;
            if (errors.Count > 0)
            {
                throw new WorkflowException(WorkflowErrorCodes.FormDataInvalid,
                    "The form's data is not valid: " + string.Join("; ", errors.Take(5).Select(e => $"{e.Key}: {e.Message}")), errors);
            }

            variables = checkedData.Variables;
        }

        var listened = executor.BeginTaskCompletion(token, variables, userId, UserTaskRows.Snapshot(task));
        task.State = listened ? UserTaskStates.Completing : UserTaskStates.Completed;
        task.Version++;
        if (!listened)
        {
            task.CompletedAt = session.Now;
            task.CompletedBy = userId;
            session.History(HistoryEventTypes.TaskCompleted, task.ElementId, token.Id, userId, new JsonObject { ["taskId"] = task.Id });
        }

        try
        {
            if (!listened)
            {
                await executor.CompleteActivityAsync(token, variables ?? [], ct).ConfigureAwait(false);
            }

            await session.SaveAsync(ct).ConfigureAwait(false);
        }
        catch (WorkflowException ex) when (ex.Code != WorkflowErrorCodes.ConcurrencyConflict)
        {
            // Nothing half-done may stay tracked for a later SaveChanges of the host.
            _db.ChangeTracker.Clear();
            throw;
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.ConcurrencyConflict)
        {
            throw await CurrentStateAsync(taskId, ct).ConfigureAwait(false) switch
            {
                UserTaskStates.Completed => AlreadyCompleted(),
                UserTaskStates.Created => ex,
                _ => new WorkflowException(WorkflowErrorCodes.TaskNotActive, "The task's instance has moved on; the task is no longer active."),
            };
        }

        if (listened && _db.Database.CurrentTransaction is null)
        {
            await AwaitCompletingListenersAsync(task, ct).ConfigureAwait(false);
            return;
        }

        _dispatcher.JobsCommitted(session.NewJobs);
    }

    /// <summary>
    /// As Camunda answers a completion only once its completing listeners have run, their jobs run here, one after another:
    /// the task is then completed, or a listener denied it (TASK_COMPLETION_DENIED). A listener that failed leaves the task
    /// completing, its job retried by the poller (an incident when it runs out of retries).
    /// </summary>
    private async Task AwaitCompletingListenersAsync(WorkflowUserTaskRecord task, CancellationToken ct)
    {
        if (await RunListenersAsync(task, HistoryEventTypes.TaskCompletionDenied, HistoryEventTypes.TaskCompleted, ct).ConfigureAwait(false) is { } reason)
        {
            throw new WorkflowException(WorkflowErrorCodes.TaskCompletionDenied,
                reason.Length == 0 ? "A completing listener denied the completion; the task stays open." : $"A completing listener denied the completion: {reason}");
        }
    }

    /// <summary>
    /// Runs the task's pending listener jobs one after another, as the transition's caller waits for them; the denial's
    /// reason ("" when it gave none) when the transition's last word is <paramref name="deniedEvent"/>, else null.
    /// </summary>
    private async Task<string?> RunListenersAsync(WorkflowUserTaskRecord task, string deniedEvent, string doneEvent, CancellationToken ct)
    {
        ForgetEngineRows();
        while (await _db.Set<WorkflowJobRecord>().AsNoTracking()
                   .Where(j => j.InstanceId == task.InstanceId && j.TokenId == task.TokenId && j.Kind == JobKinds.TaskListener && j.State == JobKinds.Pending && j.Attempts == 0)
                   .Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } jobId
               && await _runner.RunJobAsync(jobId, ct).ConfigureAwait(false))
        {
        }

        var last = await _db.Set<WorkflowHistoryRecord>().AsNoTracking()
            .Where(h => h.InstanceId == task.InstanceId && h.TokenId == task.TokenId && (h.EventType == deniedEvent || h.EventType == doneEvent))
            .OrderByDescending(h => h.Id).Select(h => new { h.EventType, h.DataJson }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return last?.EventType == deniedEvent
            ? (last.DataJson is null ? null : JsonNode.Parse(last.DataJson)?["reason"]?.GetValue<string>()) ?? ""
            : null;
    }

    // The listeners' jobs change the instance and the task in scopes of their own: what this context tracks of them is stale.
    private void ForgetEngineRows()
    {
        foreach (var entry in _db.ChangeTracker.Entries().Where(e => e.Entity.GetType().Namespace == typeof(WorkflowJobRecord).Namespace).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private const int MaxCompletionAttempts = 20;

    /// <summary>
    /// The task, when it is Created. While a listener of it runs (creating, assigning, updating, completing, canceling), no
    /// one may act on it: TASK_NOT_ACTIVE, saying so — but a claim (<paramref name="claimedBy"/>) of a task being assigned
    /// is told whose it is about to be (TASK_ALREADY_CLAIMED), or, its own, gets the task back.
    /// </summary>
    private async Task<WorkflowUserTaskRecord> LoadOpenAsync(Guid taskId, CancellationToken ct, string? claimedBy = null)
    {
        var task = Tracked(taskId) ?? await TaskById.For(_db)(_db, taskId, ct).ConfigureAwait(false) ?? throw NotFound(taskId);
        return task.State switch
        {
            UserTaskStates.Created => task,
            UserTaskStates.Completed => throw AlreadyCompleted(),
            UserTaskStates.Assigning when claimedBy is not null && task.Assignee == claimedBy => task,
            UserTaskStates.Assigning when claimedBy is not null && task.Assignee is { } pending => throw AlreadyClaimed(pending),
            _ => throw NotActive(task.State),
        };
    }

    private static WorkflowException NotActive(string state) => new(WorkflowErrorCodes.TaskNotActive, UserTaskStates.IsTransitioning(state)
        ? $"The task is {state.ToLowerInvariant()}: its {ListenerEventOf(state)} listeners run, and no one may act on it until they have."
        : $"The task is {state.ToLowerInvariant()}.");

    private static string ListenerEventOf(string state) => state switch
    {
        UserTaskStates.Creating => ListenerEvents.Creating,
        UserTaskStates.Assigning => ListenerEvents.Assigning,
        UserTaskStates.Updating => ListenerEvents.Updating,
        UserTaskStates.Completing => ListenerEvents.Completing,
        _ => ListenerEvents.Canceling,
    };

    private async Task<UserTaskInfo> SaveTaskAsync(WorkflowUserTaskRecord task, string eventType, string userId, CancellationToken ct, JsonObject? data)
    {
        data ??= [];
        data["taskId"] = task.Id;
        task.Version++;
        _db.Add(new WorkflowHistoryRecord
        {
            InstanceId = task.InstanceId,
            EventType = eventType,
            ElementId = task.ElementId,
            TokenId = task.TokenId,
            Actor = userId,
            DataJson = data.ToJsonString(),
            OccurredAt = _time.GetUtcNow().UtcDateTime,
        });
        await InstanceSession.SaveChangesAsync(_db, ct).ConfigureAwait(false);
        return UserTaskRows.ToInfo(task);
    }

    // A task this scope has read already (FindOpenAsync, a moment before): looked up by key in the change tracker,
    // without the change detection that DbSet.Local would run first across everything tracked.
    private WorkflowUserTaskRecord? Tracked(Guid taskId)
    {
        var detecting = _db.ChangeTracker.AutoDetectChangesEnabled;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return _db.Set<WorkflowUserTaskRecord>().Local.FindEntry(taskId) is { State: not (EntityState.Deleted or EntityState.Detached) } entry
                ? entry.Entity
                : null;
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private Task<string?> CurrentStateAsync(Guid taskId, CancellationToken ct) =>
        _db.Set<WorkflowUserTaskRecord>().AsNoTracking().Where(t => t.Id == taskId).Select(t => t.State).FirstOrDefaultAsync(ct);

    private static WorkflowException NotFound(Guid id) => new(WorkflowErrorCodes.TaskNotFound, $"The task '{id}' does not exist.");

    private static WorkflowException AlreadyClaimed(string assignee) => new(WorkflowErrorCodes.TaskAlreadyClaimed, $"The task is assigned to '{assignee}'.");

    private static WorkflowException AlreadyCompleted() => new(WorkflowErrorCodes.TaskAlreadyCompleted, "The task is already completed.");
}
