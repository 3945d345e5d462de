namespace Kyzmat.Workflows.Persistence;

/// <summary>
/// A wait for a signal (table wf_signal_subscriptions): a token at a signal catch or boundary event, or — with
/// <see cref="DefinitionId"/> and no instance — a signal start event of a process's latest version.
/// </summary>
public class WorkflowSignalSubscriptionRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public string? DefinitionId { get; set; }

    public string ElementId { get; set; } = "";

    public string SignalName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
