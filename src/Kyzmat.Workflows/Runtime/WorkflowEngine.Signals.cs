using System.Text.Json.Nodes;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Runtime;

internal sealed partial class WorkflowEngine
{
    public async Task<IReadOnlyList<Guid>> BroadcastSignalAsync(string name, JsonObject? variables = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await ConnectionHold.OpenAsync(_db, ct).ConfigureAwait(false);
        var subscriptions = await _db.Set<WorkflowSignalSubscriptionRecord>().AsNoTracking().Where(s => s.SignalName == name)
            .OrderBy(s => s.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        var reached = new List<Guid>();
        foreach (var start in subscriptions.Where(s => s.DefinitionId is not null))
        {
            reached.Add((await StartAtAsync(start.DefinitionId!, start.ElementId, null, (JsonObject?)variables?.DeepClone(), null, ct).ConfigureAwait(false)).Id);
        }

        // One command per instance: its waits for the signal all go on in it.
        foreach (var waiting in subscriptions.Where(s => s.DefinitionId is null).GroupBy(s => s.InstanceId))
        {
            var session = await InstanceSession.LoadAsync(_db, _cache, waiting.Key, Now, _options, ct).ConfigureAwait(false);
            if (session.Instance.State != InstanceStates.Active)
            {
                continue;
            }

            var executor = new ProcessExecutor(session);
            foreach (var subscription in waiting)
            {
                // The owner is a token, or the instance itself for an event sub-process of the process.
                if (session.Instance.State == InstanceStates.Active
                    && (session.Token(subscription.TokenId) is not null || subscription.TokenId == session.Instance.Id))
                {
                    session.History(HistoryEventTypes.SignalReceived, subscription.ElementId, subscription.TokenId, null, new JsonObject { ["name"] = name });
                    await executor.TriggerAsync(subscription.TokenId, session.Model.Element(subscription.ElementId), (JsonObject?)variables?.DeepClone(), ct).ConfigureAwait(false);
                }
            }

            await CommitAsync(session, ct).ConfigureAwait(false);
            reached.Add(session.Instance.Id);
        }

        return reached;
    }
}
