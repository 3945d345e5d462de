using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Diagnostics;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

/// <summary>One command on one instance: its loaded state, the rows it adds, and its single save.</summary>
internal sealed class InstanceSession
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public InstanceSession(DbContext db, WorkflowInstanceRecord instance, ProcessModel model, DateTime now, WorkflowEngineOptions options)
    {
        Db = db;
        Instance = instance;
        Model = model;
        Now = now;
        Options = options;
        Tokens = JsonSerializer.Deserialize<List<TokenState>>(instance.TokensJson, Json) ?? [];
        Variables = JsonNode.Parse(instance.VariablesJson)?.AsObject() ?? [];
    }

    public DbContext Db { get; }

    public WorkflowInstanceRecord Instance { get; }

    public ProcessModel Model { get; set; }

    public DateTime Now { get; }

    public DateTimeOffset NowOffset => new(Now, TimeSpan.Zero);

    public WorkflowEngineOptions Options { get; }

    public List<TokenState> Tokens { get; }

    public JsonObject Variables { get; }

    /// <summary>What a compensation event could undo; read from the instance only when a command needs it.</summary>
    public List<CompensationSubscription> Compensations =>
        _compensations ??= Instance.CompensationsJson is null ? [] : JsonSerializer.Deserialize<List<CompensationSubscription>>(Instance.CompensationsJson, Json) ?? [];

    private List<CompensationSubscription>? _compensations;

    /// <summary>Jobs written by this command, handed to the dispatcher after commit (shared by the instances it touches).</summary>
    public List<WorkflowJobRecord> NewJobs { get; private init; } = [];

    /// <summary>The audit rows of this command (and the instances joined to it), written with its save.</summary>
    private List<WorkflowHistoryRecord> PendingHistory { get; init; } = [];

    /// <summary>Where deployed models come from, for a call activity's child (null where a command starts none).</summary>
    public DefinitionCache? Definitions { get; init; }

    /// <summary>The instance whose call activity started this one in the same command; it takes the child's completion itself.</summary>
    public InstanceSession? StartedBy { get; private init; }

    /// <summary>The other instances this command changed (a call activity's child or parent), saved with this one.</summary>
    private List<InstanceSession> Others { get; init; } = [];

    /// <summary>An instance this command also changes, on the same context: saved in the same commit, its new jobs dispatched with these.</summary>
    public InstanceSession Join(WorkflowInstanceRecord instance, ProcessModel model, bool startedHere)
    {
        var other = new InstanceSession(Db, instance, model, Now, Options)
        {
            Definitions = Definitions, NewJobs = NewJobs, PendingHistory = PendingHistory, Others = Others, Root = Root ?? this, StartedBy = startedHere ? this : null,
        };
        Others.Add(other);
        return other;
    }

    /// <summary>The instance the command was started on, when this one was joined to it (saved by its save).</summary>
    private InstanceSession? Root { get; init; }

    /// <summary>An instance this command already changes, if it is one.</summary>
    public InstanceSession? Joined(Guid instanceId) =>
        Instance.Id == instanceId ? this : Root?.Instance.Id == instanceId ? Root : Others.Find(s => s.Instance.Id == instanceId);

    public static async Task<InstanceSession> LoadAsync(
        DbContext db, DefinitionCache cache, Guid instanceId, DateTime now, WorkflowEngineOptions options, CancellationToken ct)
    {
        var instance = await InstanceById.For(db)(db, instanceId, ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.InstanceNotFound, $"The instance '{instanceId}' does not exist.");
        var model = await cache.GetAsync(db, instance.DefinitionId, ct).ConfigureAwait(false);
        return new InstanceSession(db, instance, model, now, options) { Definitions = cache };
    }

    /// <summary>Another instance, loaded on this command's context to be changed and saved with this one.</summary>
    public async Task<InstanceSession> JoinAsync(Guid instanceId, CancellationToken ct)
    {
        if (Joined(instanceId) is { } joined)
        {
            return joined;
        }

        var instance = await InstanceById.For(Db)(Db, instanceId, ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.InstanceNotFound, $"The instance '{instanceId}' does not exist.");
        return Join(instance, await Definitions!.GetAsync(Db, instance.DefinitionId, ct).ConfigureAwait(false), startedHere: false);
    }

    public void EnsureActive()
    {
        if (Instance.State != InstanceStates.Active)
        {
            throw new WorkflowException(WorkflowErrorCodes.InstanceNotActive, $"The instance '{Instance.Id}' is {Instance.State.ToLowerInvariant()}.");
        }
    }

    public TokenState? Token(Guid id) => Tokens.Find(t => t.Id == id);

    public void History(string eventType, string? elementId, Guid? tokenId, string? actor = null, JsonNode? data = null) =>
        PendingHistory.Add(new WorkflowHistoryRecord
        {
            InstanceId = Instance.Id,
            EventType = eventType,
            ElementId = elementId,
            TokenId = tokenId,
            Actor = actor,
            DataJson = data?.ToJsonString(),
            OccurredAt = Now,
        });

    /// <summary>Rows matching the predicate, both those saved and those added by this command.</summary>
    public async Task<List<T>> FindAsync<T>(Expression<Func<T, bool>> predicate, CancellationToken ct)
        where T : class
    {
        var set = Db.Set<T>();
        await set.Where(predicate).LoadAsync(ct).ConfigureAwait(false);
        // Interpreted: compiling emits a new dynamic method on every call (several per completed activity), which the
        // applications bench measured at about a tenth of the host's CPU; the local set it filters is a few rows.
        return LocalWhere(predicate.Compile(preferInterpretation: true));
    }

    /// <summary>The jobs waiting on a token, saved or added by this command.</summary>
    public Task<List<WorkflowJobRecord>> JobsOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        LoadThenLocalAsync(JobsByToken.For(Db)(Db, Instance.Id, tokenId), j => j.TokenId == tokenId, ct);

    /// <summary>The message subscriptions of a token, saved or added by this command.</summary>
    public Task<List<WorkflowMessageSubscriptionRecord>> SubscriptionsOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        LoadThenLocalAsync(SubscriptionsByToken.For(Db)(Db, Instance.Id, tokenId), s => s.TokenId == tokenId, ct);

    /// <summary>The open user tasks of a token, saved or added by this command.</summary>
    public Task<List<WorkflowUserTaskRecord>> OpenTasksOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        LoadThenLocalAsync(TasksByToken.For(Db)(Db, Instance.Id, tokenId), t => t.TokenId == tokenId && UserTaskStates.IsOpen(t.State), ct);

    // The lookups every completed activity makes, compiled once per model. A token's rows are found through their
    // instance's index (a token id alone has none: every lookup read the whole table, which grows with every application).
    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<WorkflowInstanceRecord?>>> InstanceById = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => db.Set<WorkflowInstanceRecord>().FirstOrDefault(i => i.Id == id)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, Guid, IAsyncEnumerable<WorkflowJobRecord>>> JobsByToken = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid instanceId, Guid tokenId) =>
            db.Set<WorkflowJobRecord>().Where(j => j.InstanceId == instanceId && j.TokenId == tokenId)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, Guid, IAsyncEnumerable<WorkflowMessageSubscriptionRecord>>> SubscriptionsByToken = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid instanceId, Guid tokenId) =>
            db.Set<WorkflowMessageSubscriptionRecord>().Where(s => s.InstanceId == instanceId && s.TokenId == tokenId)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, Guid, IAsyncEnumerable<WorkflowUserTaskRecord>>> TasksByToken = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid instanceId, Guid tokenId) =>
            db.Set<WorkflowUserTaskRecord>().Where(t => t.InstanceId == instanceId && t.TokenId == tokenId
                && t.State != UserTaskStates.Completed && t.State != UserTaskStates.Cancelled)));

    private async Task<List<T>> LoadThenLocalAsync<T>(IAsyncEnumerable<T> rows, Func<T, bool> predicate, CancellationToken ct)
        where T : class
    {
        await foreach (var _ in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            // Tracked as they are read; the tracked set below also holds the rows this command added or removed.
        }

        return LocalWhere(predicate);
    }

    // DbSet.Local detects changes across every tracked entity first; which rows are tracked (added, loaded, removed) is
    // already known without that, and the predicate reads the objects' current values anyway.
    private List<T> LocalWhere<T>(Func<T, bool> predicate)
        where T : class
    {
        var detecting = Db.ChangeTracker.AutoDetectChangesEnabled;
        Db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return Db.Set<T>().Local.Where(predicate).ToList();
        }
        finally
        {
            Db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public void RemoveAll<T>(List<T> rows)
        where T : class
    {
        foreach (var row in rows)
        {
            Db.Remove(row);
        }
    }

    public void AddJob(WorkflowJobRecord job)
    {
        Db.Add(job);
        NewJobs.Add(job);
    }

    /// <summary>Writes the tokens and variables and commits everything with the instance's concurrency check.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        WriteState();
        foreach (var other in Others)
        {
            other.WriteState();
        }

        await SaveChangesAsync(Db, PendingHistory, ct).ConfigureAwait(false);
        WorkflowMetrics.Saved(PendingHistory, ProcessOf);
        PendingHistory.Clear();
    }

    private string ProcessOf(Guid instanceId) => (Joined(instanceId) ?? this).Instance.DefinitionKey;

    private void WriteState()
    {
        Instance.TokensJson = JsonSerializer.Serialize(Tokens, Json);
        Instance.VariablesJson = Variables.ToJsonString();
        if (_compensations is not null || Instance.State != InstanceStates.Active)
        {
            // A finished instance can no longer compensate anything.
            Instance.CompensationsJson = _compensations is { Count: > 0 } && Instance.State == InstanceStates.Active
                ? JsonSerializer.Serialize(_compensations, Json)
                : null;
        }

        Instance.Version++;
    }

    public static Task SaveChangesAsync(DbContext db, CancellationToken ct) => SaveChangesAsync(db, [], ct);

    private static async Task SaveChangesAsync(DbContext db, IReadOnlyList<WorkflowHistoryRecord> history, CancellationToken ct)
    {
        try
        {
            await EngineRows.SaveChangesAsync(db, history, ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            WorkflowMetrics.SaveConflicted();
            db.ChangeTracker.Clear();
            throw new WorkflowException(WorkflowErrorCodes.ConcurrencyConflict,
                "Someone else changed this workflow at the same time; nothing was saved. Reload and try again.", ex);
        }
    }
}
