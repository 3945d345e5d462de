namespace Kyzmat.Workflows.Persistence;

/// <summary>A problem that stopped a token until someone resolves it (table wf_incidents).</summary>
public class WorkflowIncidentRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid? TokenId { get; set; }

    public Guid? JobId { get; set; }

    public string ElementId { get; set; } = "";

    public string Code { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>Open or Resolved.</summary>
    public string State { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }
}
