namespace Kyzmat.Workflows.Persistence;

/// <summary>Due work: a service-task job or a timer (table wf_jobs). Written in the same transaction as the step.</summary>
public class WorkflowJobRecord
{
    public Guid Id { get; set; }

    /// <summary>The instance the job belongs to; empty for a timer start event's job, which belongs to <see cref="DefinitionId"/>.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>A timer start event's job: the definition it starts an instance of.</summary>
    public string? DefinitionId { get; set; }

    public Guid TokenId { get; set; }

    /// <summary>The service task, the timer catch event or the boundary timer event.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>ServiceTask, Timer or BoundaryTimer (see <see cref="Jobs.JobKinds"/>).</summary>
    public string Kind { get; set; } = "";

    public string? TaskType { get; set; }

    /// <summary>Pending, or Failed when retries are exhausted (an incident is open).</summary>
    public string State { get; set; } = "";

    public DateTime DueAt { get; set; }

    public int Retries { get; set; }

    public int Attempts { get; set; }

    public string? LockOwner { get; set; }

    public DateTime? LockedUntil { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; }
}
