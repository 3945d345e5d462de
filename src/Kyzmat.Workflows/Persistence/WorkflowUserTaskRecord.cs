namespace Kyzmat.Workflows.Persistence;

/// <summary>A user task (table wf_user_tasks).</summary>
public class WorkflowUserTaskRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public string DefinitionKey { get; set; } = "";

    public string? BusinessKey { get; set; }

    public string ElementId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? FormKey { get; set; }

    /// <summary>The linked Camunda form's version ("{formId}:{version}"), resolved when the task was created and kept.</summary>
    public string? FormVersionId { get; set; }

    public string? Assignee { get; set; }

    /// <summary>Candidate groups as ",a,b," so that a LIKE search is portable across databases.</summary>
    public string CandidateGroups { get; set; } = ",";

    /// <summary>Candidate users as ",a,b,".</summary>
    public string CandidateUsers { get; set; } = ",";

    public DateTime? DueAt { get; set; }

    public DateTime? FollowUpAt { get; set; }

    /// <summary>zeebe:priorityDefinition, 0 to 100; 50 when the task has none, as in Camunda 8.</summary>
    public int Priority { get; set; } = 50;

    /// <summary>Created, Completed or Cancelled.</summary>
    public string State { get; set; } = "";

    public string? InputJson { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    public int Version { get; set; }
}
