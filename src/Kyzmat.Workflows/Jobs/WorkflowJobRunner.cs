using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// Claims due rows of wf_jobs with the row's version (optimistic: of two engines only one claim succeeds), then runs each
/// in a transaction of its own that commits the handler's writes together with the instance's continuation.
/// </summary>
internal sealed partial class WorkflowJobRunner : IWorkflowJobRunner
{
    private static readonly CompiledPerModel<Func<DbContext, Guid, CancellationToken, Task<WorkflowJobRecord?>>> JobById = new(() =>
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => db.Set<WorkflowJobRecord>().FirstOrDefault(j => j.Id == id)));

    private readonly IServiceScopeFactory _scopes;
    private readonly WorkflowEngineOptions _options;
    private readonly TimeProvider _time;
    private readonly DefinitionCache _cache;
    private readonly ILogger<WorkflowJobRunner> _logger;

    public WorkflowJobRunner(IServiceScopeFactory scopes, WorkflowEngineOptions options, TimeProvider time, DefinitionCache cache, ILogger<WorkflowJobRunner> logger)
    {
        _scopes = scopes;
        _options = options;
        _time = time;
        _cache = cache;
        _logger = logger;
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public async Task<int> RunDueJobsAsync(CancellationToken ct = default)
    {
        List<Guid> claimed;
        string owner;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var db = Db(scope);
            var now = Now;
            var due = await db.Set<WorkflowJobRecord>().AsNoTracking()
                .Where(j => j.State == JobKinds.Pending && j.DueAt <= now && (j.LockedUntil == null || j.LockedUntil < now))
                .OrderBy(j => j.DueAt).Select(j => j.Id).Take(_options.BatchSize)
                .ToListAsync(ct).ConfigureAwait(false);
            if (due.Count == 0)
            {
                return 0;
            }

            // One atomic UPDATE claims the batch: a row another engine claimed meanwhile no longer matches the WHERE.
            var claim = _options.EngineId + "/" + Guid.NewGuid().ToString("N")[..8];
            var until = now + _options.JobLease;
            await Claimable(db, now).Where(j => due.Contains(j.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, claim).SetProperty(j => j.LockedUntil, until).SetProperty(j => j.Version, j => j.Version + 1), ct)
                .ConfigureAwait(false);
            claimed = await db.Set<WorkflowJobRecord>().AsNoTracking().Where(j => j.LockOwner == claim).OrderBy(j => j.DueAt).Select(j => j.Id)
                .ToListAsync(ct).ConfigureAwait(false);
            owner = claim;
        }

        var ran = 0;
        foreach (var id in claimed)
        {
            if (await RunClaimedAsync(id, owner, ct).ConfigureAwait(false))
            {
                ran++;
            }
        }

        return ran;
    }

    public async Task<bool> RunJobAsync(Guid jobId, CancellationToken ct = default) =>
        await ClaimAsync(jobId, ct).ConfigureAwait(false) && await RunClaimedAsync(jobId, _options.EngineId, ct).ConfigureAwait(false);

    private async Task<bool> RunClaimedAsync(Guid jobId, string owner, CancellationToken ct)
    {
        try
        {
            await ExecuteWhileInstanceMovesAsync(jobId, owner, ct).ConfigureAwait(false);
            return true;
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.ConcurrencyConflict)
        {
            // The instance kept moving (many parallel completions at once): nothing was saved; the poller runs it again.
            await ReleaseAsync(jobId, owner, ct).ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(_logger, jobId, ex);
            try
            {
                await FailAsync(jobId, ex, owner, ct).ConfigureAwait(false);
            }
            catch (WorkflowException conflict) when (conflict.Code == WorkflowErrorCodes.ConcurrencyConflict)
            {
                // The instance changed while the failure was being recorded: the attempt is not counted; run it again later.
                await ReleaseAsync(jobId, owner, ct).ConfigureAwait(false);
            }

            return true;
        }
    }

    /// <summary>
    /// Another command on the same instance committed first (the jobs of a parallel multi-instance finishing together):
    /// nothing of this attempt was saved, the handler's writes included, so it runs again at once on what that one left,
    /// a few times, before the job is left to the poller.
    /// </summary>
    private async Task ExecuteWhileInstanceMovesAsync(Guid jobId, string owner, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(jobId, owner, ct).ConfigureAwait(false);
                return;
            }
            catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.ConcurrencyConflict && attempt < ImmediateConflictRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), ct).ConfigureAwait(false);
            }
        }
    }

    private const int ImmediateConflictRetries = 10;

    private static IQueryable<WorkflowJobRecord> Claimable(DbContext db, DateTime now) =>
        db.Set<WorkflowJobRecord>().Where(j => j.State == JobKinds.Pending && j.DueAt <= now && (j.LockedUntil == null || j.LockedUntil < now));

    private static DbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<WorkflowDbContextAccessor>().Context;

    private async Task<bool> ClaimAsync(Guid jobId, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var now = Now;
        var until = now + _options.JobLease;
        var claimed = await Claimable(Db(scope), now).Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, _options.EngineId).SetProperty(j => j.LockedUntil, until).SetProperty(j => j.Version, j => j.Version + 1), ct)
            .ConfigureAwait(false);
        return claimed == 1;
    }

    private async Task ReleaseAsync(Guid jobId, string owner, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = Db(scope);
        var job = await JobById.For(db)(db, jobId, ct).ConfigureAwait(false);
        if (job is null || job.LockOwner != owner)
        {
            return;
        }

        job.LockOwner = null;
        job.LockedUntil = null;
        job.Version++;
        try
        {
            await InstanceSession.SaveChangesAsync(db, ct).ConfigureAwait(false);
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.ConcurrencyConflict)
        {
            // Someone else holds or finished it.
        }
    }

    private async Task FailAsync(Guid jobId, Exception error, string owner, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = Db(scope);
        var job = await JobById.For(db)(db, jobId, ct).ConfigureAwait(false);
        if (job is null || job.LockOwner != owner)
        {
            return;
        }

        var session = await InstanceSession.LoadAsync(db, _cache, job.InstanceId, Now, _options, ct).ConfigureAwait(false);
        var message = error is WorkflowException { Code: var code } ? $"{code}: {error.Message}" : error.Message;
        job.Attempts++;
        job.Retries--;
        job.LastError = message.Length > 2000 ? message[..2000] : message;
        job.LockOwner = null;
        job.LockedUntil = null;
        job.Version++;
        session.History(HistoryEventTypes.JobFailed, job.ElementId, job.TokenId, null,
            new System.Text.Json.Nodes.JsonObject { ["attempt"] = job.Attempts, ["retriesLeft"] = job.Retries, ["error"] = job.LastError });
        var token = session.Token(job.TokenId);
        if (job.Retries > 0 || token is null)
        {
            job.DueAt = Now + (_options.RetryBackoff * Math.Pow(2, job.Attempts - 1));
        }
        else
        {
            job.State = JobKinds.Failed;
            var incidentCode = job.Kind switch
            {
                JobKinds.ExecutionListener => IncidentCodes.ExecutionListenerNoRetries,
                JobKinds.TaskListener => IncidentCodes.TaskListenerNoRetries,
                _ => IncidentCodes.JobFailed,
            };
            new ProcessExecutor(session).RaiseIncident(token, incidentCode, $"'{job.TaskType}' failed {job.Attempts} time(s): {job.LastError}", job.Id);
        }

        await session.SaveAsync(ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Guid jobId, Exception error);
}
