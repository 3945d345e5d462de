using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Signal subscriptions: a token waiting for a signal by name (a catch or boundary event, an event-based gateway's).</summary>
internal sealed class SignalSubscriptionBehavior(InstanceSession session)
{
    public void Open(TokenState token, BpmnElement element) => Open(token.Id, element);

    /// <summary>A subscription owned by <paramref name="ownerId"/>: a token, or a scope listening for its event sub-processes.</summary>
    public void Open(Guid ownerId, BpmnElement element) =>
        session.Db.Add(new WorkflowSignalSubscriptionRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = session.Instance.Id,
            TokenId = ownerId,
            ElementId = element.Id,
            SignalName = element.SignalName!,
            CreatedAt = session.Now,
        });

    /// <summary>Whether a token at the element can have signal subscriptions (looked up only then).</summary>
    public bool MayWait(BpmnElement element) =>
        element.Kind is ElementKind.SignalCatchEvent or ElementKind.EventBasedGateway
        || session.Model.BoundariesOf(element.Id).Any(b => b.Kind == ElementKind.SignalBoundaryEvent)
        || (element.IsScope && session.Model.EventSubProcessStartsOf(element.Id).Any(s => s.Kind == ElementKind.SignalStartEvent));

    public async Task CloseAllOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        session.RemoveAll(await OfOwnerAsync(tokenId, ct).ConfigureAwait(false));

    public Task<List<WorkflowSignalSubscriptionRecord>> OfOwnerAsync(Guid ownerId, CancellationToken ct)
    {
        var instanceId = session.Instance.Id;
        return session.FindAsync<WorkflowSignalSubscriptionRecord>(s => s.InstanceId == instanceId && s.TokenId == ownerId, ct);
    }
}
