using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Messages;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class WorkflowEngine
{
    public async Task<PagedResult<IncidentInfo>> QueryIncidentsAsync(bool openOnly = true, int page = 0, int pageSize = 50, CancellationToken ct = default)
    {
        var rows = _db.Set<WorkflowIncidentRecord>().AsNoTracking();
        if (openOnly)
        {
            rows = rows.Where(i => i.State == "Open");
        }

        pageSize = Math.Clamp(pageSize, 1, 500);
        page = Math.Max(0, page);
        var total = await rows.CountAsync(ct).ConfigureAwait(false);
        var items = await rows.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(page * pageSize).Take(pageSize)
            .Select(i => new IncidentInfo(i.Id, i.InstanceId, i.ElementId, i.Code, i.Message, i.State, i.JobId, i.CreatedAt, i.ResolvedAt))
            .ToListAsync(ct).ConfigureAwait(false);
        return new PagedResult<IncidentInfo>(items, total, page, pageSize);
    }

    public async Task ResolveIncidentAsync(Guid incidentId, JsonObject? variables = null, CancellationToken ct = default)
    {
        var incident = await _db.Set<WorkflowIncidentRecord>().FirstOrDefaultAsync(i => i.Id == incidentId, ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.IncidentNotFound, $"The incident '{incidentId}' does not exist.");
        if (incident.State != "Open")
        {
            throw new WorkflowException(WorkflowErrorCodes.IncidentAlreadyResolved, "The incident is already resolved.");
        }

        var session = await InstanceSession.LoadAsync(_db, _cache, incident.InstanceId, Now, _options, ct).ConfigureAwait(false);
        if (incident.TokenId is not { } canceling || session.Token(canceling) is not { Canceling: true })
        {
            // A user task's canceling listener still runs in a cancelled instance: its incident may be resolved there too.
            session.EnsureActive();
        }

        var executor = new ProcessExecutor(session);
        incident.State = "Resolved";
        incident.ResolvedAt = session.Now;
        session.Instance.OpenIncidents = Math.Max(0, session.Instance.OpenIncidents - 1);
        session.History(HistoryEventTypes.IncidentResolved, incident.ElementId, incident.TokenId, null, new JsonObject { ["incidentId"] = incident.Id });
        executor.MergeVariables(variables, null);
        var token = incident.TokenId is { } tokenId ? session.Token(tokenId) : null;
        if (incident.JobId is { } jobId && await _db.Set<WorkflowJobRecord>().FirstOrDefaultAsync(j => j.Id == jobId, ct).ConfigureAwait(false) is { } job)
        {
            job.State = JobKinds.Pending;
            job.Retries = Math.Max(1, session.Model.Element(job.ElementId).Retries);
            job.DueAt = session.Now;
            job.Version++;
            session.NewJobs.Add(job);
            if (token is not null)
            {
                token.Status = TokenState.Waiting;
            }
        }
        else if (token is not null)
        {
            executor.Schedule(token);
            await executor.RunAsync(ct).ConfigureAwait(false);
        }

        await CommitAsync(session, ct).ConfigureAwait(false);
    }

    public async Task<MessageCorrelationResult> CorrelateMessageAsync(string name, string correlationKey, JsonObject? variables = null, CancellationToken ct = default)
    {
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var waiting = await _db.Set<WorkflowMessageSubscriptionRecord>().AsNoTracking()
            .Where(s => s.MessageName == name && s.CorrelationKey == correlationKey && s.DefinitionId == null)
            .OrderBy(s => s.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        var reached = await StartByMessageAsync(name, correlationKey, variables, ct).ConfigureAwait(false);
        foreach (var subscription in waiting.GroupBy(s => s.InstanceId).Select(g => g.First()))
        {
            var session = await InstanceSession.LoadAsync(_db, _cache, subscription.InstanceId, Now, _options, ct).ConfigureAwait(false);
            // The owner is a token, or the instance itself for an event sub-process of the process.
            var owned = session.Token(subscription.TokenId) is not null || subscription.TokenId == session.Instance.Id;
            if (!owned || session.Instance.State != InstanceStates.Active)
            {
                continue;
            }

            var executor = new ProcessExecutor(session);
            var element = session.Model.Element(subscription.ElementId);
            session.History(HistoryEventTypes.MessageCorrelated, element.Id, subscription.TokenId, null, new JsonObject { ["name"] = name, ["correlationKey"] = correlationKey });
            try
            {
                await executor.TriggerAsync(subscription.TokenId, element, variables ?? [], ct).ConfigureAwait(false);
            }
            catch (WorkflowException)
            {
                _db.ChangeTracker.Clear();
                throw;
            }

            await CommitAsync(session, ct).ConfigureAwait(false);
            reached.Add(session.Instance.Id);
        }

        return reached.Count == 0
            ? new MessageCorrelationResult(false, [], MessageCorrelationResult.NoSubscriber)
            : new MessageCorrelationResult(true, reached, null);
    }

    /// <summary>
    /// A message starts an instance of every process whose latest version has a message start event for it — unless an
    /// active instance of that process was started by a message with the same correlation key, as in Camunda 8.
    /// </summary>
    private async Task<List<Guid>> StartByMessageAsync(string name, string correlationKey, JsonObject? variables, CancellationToken ct)
    {
        var started = new List<Guid>();
        var starts = await _db.Set<WorkflowMessageSubscriptionRecord>().AsNoTracking()
            .Where(s => s.DefinitionId != null && s.MessageName == name).OrderBy(s => s.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        foreach (var start in starts)
        {
            var key = start.DefinitionId![..start.DefinitionId!.LastIndexOf(':')];
            if (correlationKey.Length > 0 && await _db.Set<WorkflowInstanceRecord>().AnyAsync(
                i => i.DefinitionKey == key && i.State == InstanceStates.Active && i.StartCorrelationKey == correlationKey, ct).ConfigureAwait(false))
            {
                continue;
            }

            var instance = await StartAtAsync(start.DefinitionId, start.ElementId, null, (JsonObject?)variables?.DeepClone(),
                correlationKey.Length > 0 ? correlationKey : null, ct).ConfigureAwait(false);
            started.Add(instance.Id);
        }

        return started;
    }

    public async Task CancelAsync(Guid instanceId, string? actor = null, CancellationToken ct = default)
    {
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var session = await InstanceSession.LoadAsync(_db, _cache, instanceId, Now, _options, ct).ConfigureAwait(false);
        session.EnsureActive();
        if (session.Instance.ParentInstanceId is { } parent)
        {
            // As in Camunda 8: the call activity waiting for it would wait for ever. Cancelling the parent cancels it.
            throw new WorkflowException(WorkflowErrorCodes.InstanceHasParent,
                $"The instance was started by a call activity of instance '{parent}'; cancel that one instead.");
        }

        await new ProcessExecutor(session).CancelInstanceAsync(actor, ct).ConfigureAwait(false);
        await CommitAsync(session, ct).ConfigureAwait(false);
    }
}
