using System.Text.Json.Nodes;
using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Jobs;
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

        // A job or subscription stays only where the target still waits with it: at its token's element, or on a boundary
        // of the same kind attached there. Completing an activity looks only for the rows its element can have.
        foreach (var job in await session.FindAsync<WorkflowJobRecord>(j => j.InstanceId == instanceId, ct).ConfigureAwait(false))
        {
            job.ElementId = Map(job.ElementId);
            job.Version++;
            if (!StillWaits(target, session.Token(job.TokenId), job.ElementId, job.Kind == JobKinds.BoundaryTimer ? ElementKind.TimerBoundaryEvent : null)
                && !StillListens(target, session, job.TokenId, job.ElementId))
            {
                _db.Remove(job);
            }
        }

        foreach (var subscription in await session.FindAsync<WorkflowMessageSubscriptionRecord>(s => s.InstanceId == instanceId, ct).ConfigureAwait(false))
        {
            subscription.ElementId = Map(subscription.ElementId);
            var boundary = target.Elements.TryGetValue(subscription.ElementId, out var element) && element.AttachedToId is not null;
            if (!StillWaits(target, session.Token(subscription.TokenId), subscription.ElementId, boundary ? ElementKind.MessageBoundaryEvent : null)
                && !StillListens(target, session, subscription.TokenId, subscription.ElementId))
            {
                _db.Remove(subscription);
            }
        }

        foreach (var subscription in await session.FindAsync<WorkflowSignalSubscriptionRecord>(s => s.InstanceId == instanceId, ct).ConfigureAwait(false))
        {
            subscription.ElementId = Map(subscription.ElementId);
            var boundary = target.Elements.TryGetValue(subscription.ElementId, out var element) && element.AttachedToId is not null;
            if (!StillWaits(target, session.Token(subscription.TokenId), subscription.ElementId, boundary ? ElementKind.SignalBoundaryEvent : null))
            {
                _db.Remove(subscription);
            }
            else
            {
                // The target's event may wait for another signal than the source's did.
                subscription.SignalName = element!.SignalName!;
            }
        }

        // What completed stays compensable where the target still has it (a sub-process, or an activity with a handler).
        foreach (var compensable in session.Compensations.ToList())
        {
            compensable.ElementId = Map(compensable.ElementId);
            if (!target.Elements.ContainsKey(compensable.ElementId)
                || (compensable.TokenId is null && !target.BoundariesOf(compensable.ElementId).Any(b => b.Kind == ElementKind.CompensationBoundaryEvent)))
            {
                session.Compensations.Remove(compensable);
            }
        }

        var from0 = session.Instance.DefinitionId;
        session.Instance.DefinitionId = targetDefinitionId;
        session.Instance.DefinitionVersion = int.Parse(targetDefinitionId[(targetDefinitionId.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        session.Model = target;
        session.History(HistoryEventTypes.InstanceMigrated, null, null, null, new JsonObject { ["from"] = from0, ["to"] = targetDefinitionId });
        await CommitAsync(session, ct).ConfigureAwait(false);
    }

    /// <summary>Whether the target waits at <paramref name="elementId"/> for this token: it is the token's element, or a boundary of the given kind attached to it.</summary>
    private static bool StillWaits(ProcessModel target, TokenState? token, string elementId, ElementKind? boundaryKind) =>
        token is not null && target.Elements.TryGetValue(elementId, out var element) && (boundaryKind is { } kind
            ? element.Kind == kind && element.AttachedToId == token.ElementId
            : elementId == token.ElementId || AfterEventBasedGateway(target, token.ElementId, elementId));

    /// <summary>Whether the target has the event sub-process start a scope's row waits for, in that scope (the owner: its token, or the instance).</summary>
    private static bool StillListens(ProcessModel target, InstanceSession session, Guid ownerId, string elementId)
    {
        var scope = ownerId == session.Instance.Id ? null : session.Token(ownerId);
        return (scope is not null || ownerId == session.Instance.Id)
            && target.EventSubProcessStartsOf(scope?.ElementId).Any(s => s.Id == elementId);
    }

    private static bool AfterEventBasedGateway(ProcessModel target, string gatewayId, string eventId) =>
        target.Elements.TryGetValue(gatewayId, out var gateway) && gateway.Kind == ElementKind.EventBasedGateway
        && gateway.Outgoing.Any(f => target.Flows[f].TargetId == eventId);
}
