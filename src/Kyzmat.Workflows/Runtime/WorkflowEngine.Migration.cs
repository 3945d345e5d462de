using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Workflows.Tasks;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class WorkflowEngine
{
    public async Task MigrateAsync(Guid instanceId, string targetDefinitionId, IReadOnlyDictionary<string, string> mapping, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var session = await InstanceSession.LoadAsync(_db, _cache, instanceId, Now, _options, ct).ConfigureAwait(false);
        session.EnsureActive();
        var source = session.Model;
        var target = await _cache.GetAsync(_db, targetDefinitionId, ct).ConfigureAwait(false);
        var errors = new List<string>();
        if (target.Id != source.Id)
        {
            errors.Add($"the target is process '{target.Id}', not '{source.Id}'");
        }

        foreach (var (from, to) in mapping)
        {
            if (!source.Elements.ContainsKey(from))
            {
                errors.Add($"the mapped element '{from}' does not exist in {session.Instance.DefinitionId}");
            }

            if (!target.Elements.ContainsKey(to))
            {
                errors.Add($"the mapped element '{to}' does not exist in {targetDefinitionId}");
            }
        }

        string Map(string id) => mapping.TryGetValue(id, out var to) ? to : id;
        foreach (var token in session.Tokens)
        {
            var to = Map(token.ElementId);
            if (!target.Elements.TryGetValue(to, out var element))
            {
                errors.Add($"a token waits at '{token.ElementId}', which has no counterpart in {targetDefinitionId}; map it");
            }
            else if (element.Kind != source.Element(token.ElementId).Kind)
            {
                errors.Add($"'{token.ElementId}' ({source.Element(token.ElementId).Kind}) cannot become '{to}' ({element.Kind})");
            }
            else if (token.Status == TokenState.Joining && (token.ArrivedVia is null || !element.Incoming.Contains(token.ArrivedVia)))
            {
                errors.Add($"the join '{to}' has no incoming flow '{token.ArrivedVia}'");
            }
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrorCodes.MigrationInvalid, "The migration is refused: " + string.Join("; ", errors) + ".");
        }

        foreach (var token in session.Tokens)
        {
            token.ElementId = Map(token.ElementId);
        }

        foreach (var task in await session.FindAsync<WorkflowUserTaskRecord>(t => t.InstanceId == instanceId && t.State == UserTaskStates.Created, ct).ConfigureAwait(false))
        {
            task.ElementId = Map(task.ElementId);
            task.Version++;
        }

        foreach (var job in await session.FindAsync<WorkflowJobRecord>(j => j.InstanceId == instanceId, ct).ConfigureAwait(false))
        {
            job.ElementId = Map(job.ElementId);
            job.Version++;
            if (!target.Elements.ContainsKey(job.ElementId))
            {
                _db.Remove(job);
            }
        }

        foreach (var subscription in await session.FindAsync<WorkflowMessageSubscriptionRecord>(s => s.InstanceId == instanceId, ct).ConfigureAwait(false))
        {
            subscription.ElementId = Map(subscription.ElementId);
            if (!target.Elements.ContainsKey(subscription.ElementId))
            {
                _db.Remove(subscription);
            }
        }

        var from0 = session.Instance.DefinitionId;
        session.Instance.DefinitionId = targetDefinitionId;
        session.Instance.DefinitionVersion = int.Parse(targetDefinitionId[(targetDefinitionId.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        session.Model = target;
        session.History(HistoryEventTypes.InstanceMigrated, null, null, null, new JsonObject { ["from"] = from0, ["to"] = targetDefinitionId });
        await CommitAsync(session, ct).ConfigureAwait(false);
    }
}
