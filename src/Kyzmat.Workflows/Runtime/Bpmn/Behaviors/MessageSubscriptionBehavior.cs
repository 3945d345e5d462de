using Kyzmat.Workflows.Definitions;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Runtime.Bpmn.Behaviors;

/// <summary>Message subscriptions: a token waiting for a message by name and correlation key.</summary>
internal sealed class MessageSubscriptionBehavior(InstanceSession session, ExpressionBehavior expressions)
{
    public string CorrelationKey(TokenState token, BpmnElement element) => expressions.CorrelationKey(token, element);

    /// <summary>The token waits at the element for its message, with the correlation key evaluated now.</summary>
    public void Open(TokenState token, BpmnElement element) => Open(token, element, CorrelationKey(token, element));

    public void Open(TokenState token, BpmnElement element, string correlationKey) => Open(token.Id, element, correlationKey);

    /// <summary>A subscription owned by <paramref name="ownerId"/>: a token, or a scope listening for its event sub-processes.</summary>
    public void Open(Guid ownerId, BpmnElement element, string correlationKey) =>
        session.Db.Add(new WorkflowMessageSubscriptionRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = session.Instance.Id,
            TokenId = ownerId,
            ElementId = element.Id,
            MessageName = element.MessageName!,
            CorrelationKey = correlationKey,
            CreatedAt = session.Now,
        });

    public async Task CloseAllOfTokenAsync(Guid tokenId, CancellationToken ct) =>
        session.RemoveAll(await session.SubscriptionsOfTokenAsync(tokenId, ct).ConfigureAwait(false));
}
