namespace Kyzmat.Workflows.Persistence;

/// <summary>A token waiting for a message (table wf_message_subscriptions).</summary>
public class WorkflowMessageSubscriptionRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    /// <summary>The catch event, receive task or boundary event.</summary>
    public string ElementId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
