using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Signal subscriptions: a token waiting for a signal by name (a catch or boundary event, an event-based gateway's).</summary>
internal sealed class SignalSubscriptionBehavior(InstanceSession session)
{
    public void Open(TokenState token, BpmnElement element) =>
        session.Db.Add(new WorkflowSignalSubscriptionRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = session.Instance.Id,
            TokenId = token.Id,
            ElementId = element.Id,
            SignalName = element.SignalName!,
            CreatedAt = session.Now,
        });

    /// <summary>Whether a token at the element can have signal subscriptions (looked up only then).</summary>
    public bool MayWait(BpmnElement element) =>
        element.Kind is ElementKind.SignalCatchEvent or ElementKind.EventBasedGateway
        || session.Model.BoundariesOf(element.Id).Any(b => b.Kind == ElementKind.SignalBoundaryEvent);

    public async Task CloseAllOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        session.RemoveAll(await session.FindAsync<WorkflowSignalSubscriptionRecord>(
            s => s.InstanceId == session.Instance.Id && s.TokenId == tokenId, ct).ConfigureAwait(false));
}
