using Kyzmat.Workflows.Definitions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class WorkflowEngine : IWorkflowEngine
{
    private readonly DbContext _db;
    private readonly DefinitionCache _cache;
    private readonly WorkflowEngineOptions _options;
    private readonly TimeProvider _time;
    private readonly IWorkflowJobDispatcher _dispatcher;
    private readonly List<IDeploymentCheck> _checks;

    public WorkflowEngine(WorkflowDbContextAccessor accessor, DefinitionCache cache, WorkflowEngineOptions options, TimeProvider time, IWorkflowJobDispatcher dispatcher,
        IEnumerable<IDeploymentCheck> checks)
    {
        _checks = checks.ToList();
        _db = accessor.Context;
        _cache = cache;
        _options = options;
        _time = time;
        _dispatcher = dispatcher;
    }

    // Compiled once per model: every application starts an instance by key (decision 0011).
    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<string?>>> LatestDefinitionId = new(() =>
        EF.CompileAsyncQuery((DbContext db, string key, CancellationToken _) => db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(d => d.Key == key).OrderByDescending(d => d.Version).Select(d => d.Id).FirstOrDefault()));

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public async Task<DeploymentResult> DeployAsync(string xml, string? resourceName = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (Decisions.DmnNamespaces.LooksLikeDmn(xml) || resourceName?.EndsWith(".dmn", StringComparison.OrdinalIgnoreCase) == true)
        {
            return await DeployDecisionsAsync(xml, resourceName, ct).ConfigureAwait(false);
        }

        var parsed = BpmnParser.Parse(xml);
        if (!parsed.IsValid)
        {
            throw new WorkflowException(WorkflowErrorCodes.DefinitionInvalid,
                "The diagram cannot be deployed: " + string.Join("; ", parsed.Findings.Take(5).Select(f => $"{f.ElementId ?? "(file)"}: {f.Message}")),
                parsed.Findings);
        }

        // A user task linking a Camunda form that is not deployed would stop every instance there (Camunda: an incident at run time).
        var missingForms = await Forms.FormResolver.MissingFormsAsync(_db, parsed.Models, ct).ConfigureAwait(false);
        if (missingForms.Count > 0)
        {
            throw new WorkflowException(WorkflowErrorCodes.DefinitionInvalid,
                "The diagram cannot be deployed: " + string.Join("; ", missingForms.Take(5).Select(f => $"{f.ElementId}: {f.Message}")), missingForms);
        }

        var refusedByHost = parsed.Models.SelectMany(model => _checks.SelectMany(check => check.Check(model))).ToList();
        if (refusedByHost.Count > 0)
        {
            throw new WorkflowException(WorkflowErrorCodes.DefinitionInvalid,
                "The diagram cannot be deployed: " + string.Join("; ", refusedByHost.Take(5).Select(f => $"{f.ElementId ?? "(process)"}: {f.Message}")), refusedByHost);
        }

        // Every executable process of the file (each pool of a collaboration) becomes a definition of its own.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        var deployed = new List<DeploymentResult>();
        foreach (var model in parsed.Models)
        {
            deployed.Add(await DeployProcessAsync(model, xml, hash, resourceName, ct).ConfigureAwait(false));
        }

        return deployed[0] with { AlsoDeployed = deployed.Skip(1).ToList() };
    }

    /// <summary>
    /// A DMN file: each decision of its DRG is stored (with the DRG's XML) as version N+1 of its id, unless its latest
    /// version came from the same XML. Refused with findings when it does not parse.
    /// </summary>
    private async Task<DeploymentResult> DeployDecisionsAsync(string xml, string? resourceName, CancellationToken ct)
    {
        var parsed = Decisions.DmnParser.Parse(xml);
        if (!parsed.IsValid)
        {
            throw new WorkflowException(WorkflowErrorCodes.DefinitionInvalid,
                "The decisions cannot be deployed: " + string.Join("; ", parsed.Findings.Take(5).Select(f => $"{f.ElementId ?? "(file)"}: {f.Message}")),
                parsed.Findings);
        }

        var graph = parsed.Graph!;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        var ids = graph.Decisions.Select(d => d.Id).ToList();
        var latest = (await _db.Set<WorkflowDecisionRecord>().AsNoTracking().Where(d => ids.Contains(d.DecisionId)).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(d => d.DecisionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!, StringComparer.Ordinal);
        var deployed = new List<DeploymentResult>();
        var added = false;
        foreach (var decision in graph.Decisions)
        {
            var previous = latest.GetValueOrDefault(decision.Id);
            if (previous is not null && previous.Hash == hash)
            {
                deployed.Add(new DeploymentResult(previous.Id, decision.Id, previous.Version, false) { Kind = DeploymentResult.DecisionKind });
                continue;
            }

            var version = (previous?.Version ?? 0) + 1;
            _db.Add(new WorkflowDecisionRecord
            {
                Id = $"{decision.Id}:{version}",
                DecisionId = decision.Id,
                Version = version,
                Name = decision.Name,
                DrgId = graph.Id,
                DrgName = graph.Name,
                ResourceName = resourceName,
                Hash = hash,
                Xml = xml,
                VersionTag = decision.VersionTag,
                DeployedAt = Now,
            });
            added = true;
            deployed.Add(new DeploymentResult($"{decision.Id}:{version}", decision.Id, version, true) { Kind = DeploymentResult.DecisionKind });
        }

        if (added)
        {
            try
            {
                await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateException ex)
            {
                _db.ChangeTracker.Clear();
                throw new WorkflowException(WorkflowErrorCodes.ConcurrencyConflict, $"Another deployment of the decisions of '{graph.Id}' happened at the same time; deploy again.", ex);
            }
        }

        return deployed[0] with { AlsoDeployed = deployed.Skip(1).ToList() };
    }

    private async Task<DeploymentResult> DeployProcessAsync(ProcessModel model, string xml, string hash, string? resourceName, CancellationToken ct)
    {
        var key = model.Id;
        var latest = await _db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Key == key)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (latest is not null && latest.Hash == hash)
        {
            return new DeploymentResult(latest.Id, key, latest.Version, false);
        }

        var version = (latest?.Version ?? 0) + 1;
        var record = new WorkflowDefinitionRecord
        {
            Id = $"{key}:{version}",
            Key = key,
            Version = version,
            Name = model.Name,
            ResourceName = resourceName,
            Hash = hash,
            Xml = xml,
            VersionTag = model.VersionTag,
            DeployedAt = Now,
        };
        _db.Add(record);
        await StartEventSubscriptions.ReplaceAsync(_db, model, record.Id, Now, ct).ConfigureAwait(false);
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            // Another host deployed at the same moment (unique key and version): fine if it deployed the same XML.
            _db.ChangeTracker.Clear();
            var winner = await _db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Key == key)
                .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            return winner?.Hash == hash
                ? new DeploymentResult(winner.Id, key, winner.Version, false)
                : throw new WorkflowException(WorkflowErrorCodes.ConcurrencyConflict, $"Another deployment of '{key}' happened at the same time; deploy again.", ex);
        }

        return new DeploymentResult(record.Id, key, version, true);
    }

    public async Task<WorkflowInstanceInfo> StartByKeyAsync(string key, string? businessKey = null, JsonObject? variables = null, CancellationToken ct = default)
    {
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var definitionId = await LatestDefinitionId.For(_db)(_db, key, ct).ConfigureAwait(false)
            ?? throw new WorkflowException(WorkflowErrorCodes.DefinitionNotFound, $"No process with key '{key}' is deployed.");
        return await StartByDefinitionIdAsync(definitionId, businessKey, variables, ct).ConfigureAwait(false);
    }

    public Task<WorkflowInstanceInfo> StartByDefinitionIdAsync(string definitionId, string? businessKey = null, JsonObject? variables = null, CancellationToken ct = default) =>
        StartAtAsync(definitionId, null, businessKey, variables, null, ct);

    /// <summary>
    /// Starts an instance at a start event: the none start event (<paramref name="startEventId"/> null), or a timer or
    /// message start event; a message's correlation key is kept with the instance. <paramref name="testRunBy"/> (who
    /// tries the diagram) makes it a test run.
    /// </summary>
    internal async Task<WorkflowInstanceInfo> StartAtAsync(
        string definitionId, string? startEventId, string? businessKey, JsonObject? variables, string? startCorrelationKey, CancellationToken ct,
        string? testRunBy = null)
    {
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var model = await _cache.GetAsync(_db, definitionId, ct).ConfigureAwait(false);
        var start = startEventId is null ? model.StartEventOf(null) : model.Element(startEventId);
        var separator = definitionId.LastIndexOf(':');
        var now = Now;
        var instance = new WorkflowInstanceRecord
        {
            Id = Guid.NewGuid(),
            DefinitionId = definitionId,
            DefinitionKey = model.Id,
            DefinitionVersion = int.Parse(definitionId[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            BusinessKey = businessKey,
            IsTestRun = testRunBy is not null,
            State = InstanceStates.Active,
            StartedAt = now,
            StartCorrelationKey = startCorrelationKey,
        };
        _db.Add(instance);
        var session = new InstanceSession(_db, instance, model, now, _options) { Definitions = _cache };
        var executor = new ProcessExecutor(session);
        var started = new JsonObject { ["definitionId"] = definitionId, ["businessKey"] = businessKey };
        if (testRunBy is not null)
        {
            started["testRun"] = true;
        }

        session.History(HistoryEventTypes.InstanceStarted, null, null, testRunBy, started);
        executor.MergeVariables(variables, null);
        executor.CreateToken(start.Id, null);
        await executor.RunAsync(ct).ConfigureAwait(false);
        await CommitAsync(session, ct).ConfigureAwait(false);
        return ToInfo(session);
    }

    public async Task<WorkflowInstanceInfo> GetInstanceAsync(Guid instanceId, CancellationToken ct = default)
    {
        var session = await InstanceSession.LoadAsync(_db, _cache, instanceId, Now, _options, ct).ConfigureAwait(false);
        _db.Entry(session.Instance).State = EntityState.Detached;
        return ToInfo(session);
    }

    public async Task<IReadOnlyList<WorkflowInstanceInfo>> FindByBusinessKeyAsync(string businessKey, CancellationToken ct = default)
    {
        var records = await _db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.BusinessKey == businessKey && i.ParentInstanceId == null)
            .OrderByDescending(i => i.StartedAt).ToListAsync(ct).ConfigureAwait(false);
        var result = new List<WorkflowInstanceInfo>();
        foreach (var record in records)
        {
            result.Add(ToInfo(new InstanceSession(_db, record, await _cache.GetAsync(_db, record.DefinitionId, ct).ConfigureAwait(false), Now, _options)));
        }

        return result;
    }

    public async Task SetVariablesAsync(Guid instanceId, JsonObject variables, string? actor = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var session = await InstanceSession.LoadAsync(_db, _cache, instanceId, Now, _options, ct).ConfigureAwait(false);
        session.EnsureActive();
        new ProcessExecutor(session).MergeVariables(variables, actor);
        await CommitAsync(session, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default) =>
        await _db.Set<WorkflowHistoryRecord>().AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id)
            .Select(h => new HistoryEntry(h.Id, h.EventType, h.ElementId, h.TokenId, h.Actor, h.DataJson, h.OccurredAt))
            .ToListAsync(ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<IncidentInfo>> GetIncidentsAsync(Guid instanceId, CancellationToken ct = default)
    {
        var calledFrom = await CalledInstancesAsync(instanceId, ct).ConfigureAwait(false);
        var instanceIds = calledFrom.Keys.Append(instanceId).ToList();
        return (await _db.Set<WorkflowIncidentRecord>().AsNoTracking().Where(i => instanceIds.Contains(i.InstanceId)).ToListAsync(ct).ConfigureAwait(false))
            .OrderBy(i => i.CreatedAt)
            .Select(i => new IncidentInfo(i.Id, i.InstanceId, i.ElementId, i.Code, i.Message, i.State, i.JobId, i.CreatedAt, i.ResolvedAt)
            {
                CalledFrom = calledFrom.GetValueOrDefault(i.InstanceId),
            })
            .ToList();
    }

    /// <summary>Every instance started by a call activity of this one or of those it called, with the call activity of this one above it.</summary>
    private async Task<Dictionary<Guid, string>> CalledInstancesAsync(Guid instanceId, CancellationToken ct)
    {
        var calledFrom = new Dictionary<Guid, string>();
        var level = new Dictionary<Guid, string?> { [instanceId] = null };
        while (level.Count > 0)
        {
            var parents = level.Keys.ToList();
            var children = await _db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.ParentInstanceId != null && parents.Contains(i.ParentInstanceId.Value))
                .Select(i => new { i.Id, Parent = i.ParentInstanceId!.Value, i.ParentElementId }).ToListAsync(ct).ConfigureAwait(false);
            level = children.Where(c => !calledFrom.ContainsKey(c.Id))
                .ToDictionary(c => c.Id, c => (string?)(level[c.Parent] ?? c.ParentElementId ?? ""));
            foreach (var (id, element) in level)
            {
                calledFrom[id] = element!;
            }
        }

        return calledFrom;
    }

    private async Task CommitAsync(InstanceSession session, CancellationToken ct)
    {
        await session.SaveAsync(ct).ConfigureAwait(false);
        _dispatcher.JobsCommitted(session.NewJobs);
    }

    private static WorkflowInstanceInfo ToInfo(InstanceSession session) => new(
        session.Instance.Id,
        session.Instance.DefinitionId,
        session.Instance.DefinitionKey,
        session.Instance.DefinitionVersion,
        session.Instance.BusinessKey,
        session.Instance.State,
        session.Tokens.Where(t => !t.AdHocInner).Select(t => t.ElementId).ToList(),
        (JsonObject)session.Variables.DeepClone(),
        session.Instance.OpenIncidents,
        session.Instance.StartedAt,
        session.Instance.EndedAt,
        session.Instance.ParentInstanceId)
    {
        IsTestRun = session.Instance.IsTestRun,
    };
}
