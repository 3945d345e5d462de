namespace Kyzmat.Workflows.Persistence;

/// <summary>One audit-trail entry of an instance (table wf_history); ordered by <see cref="Id"/>.</summary>
public class WorkflowHistoryRecord
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public string EventType { get; set; } = "";

    public string? ElementId { get; set; }

    public Guid? TokenId { get; set; }

    public string? Actor { get; set; }

    public string? DataJson { get; set; }

    public DateTime OccurredAt { get; set; }
}
