namespace Kyzmat.Workflows.Persistence;

/// <summary>A token waiting for a message (table wf_message_subscriptions).</summary>
public class WorkflowMessageSubscriptionRecord
{
    public Guid Id { get; set; }

    /// <summary>The waiting instance; empty for a message start event's subscription, which belongs to <see cref="DefinitionId"/>.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>A message start event's subscription: the definition a matching message starts an instance of.</summary>
    public string? DefinitionId { get; set; }

    public Guid TokenId { get; set; }

    /// <summary>The catch event, receive task or boundary event.</summary>
    public string ElementId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
