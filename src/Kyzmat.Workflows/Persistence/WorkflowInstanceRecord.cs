namespace Kyzmat.Workflows.Persistence;

/// <summary>A process instance with its tokens and variables as JSON documents (table wf_instances).</summary>
public class WorkflowInstanceRecord
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public string DefinitionKey { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public string? BusinessKey { get; set; }

    /// <summary>Started by an administrator to try the diagram (docs/decisions/0103-workflow-test-runs.md), not by the domain.</summary>
    public bool IsTestRun { get; set; }

    /// <summary>Active, Completed or Cancelled (see <see cref="Runtime.InstanceStates"/>).</summary>
    public string State { get; set; } = "";

    /// <summary>The tokens (JSON), see docs/decisions/0100-workflow-execution-model.md.</summary>
    public string TokensJson { get; set; } = "[]";

    public string VariablesJson { get; set; } = "{}";

    /// <summary>
    /// The completed activities a compensation event could still undo (JSON, see
    /// <see cref="Runtime.CompensationSubscription"/>); null while there are none, as for most instances.
    /// </summary>
    public string? CompensationsJson { get; set; }

    public int OpenIncidents { get; set; }

    /// <summary>Started by a call activity: the calling instance, and the token that waits at the call activity.</summary>
    public Guid? ParentInstanceId { get; set; }

    public Guid? ParentTokenId { get; set; }

    /// <summary>The call activity, in the calling instance's diagram, that started this one.</summary>
    public string? ParentElementId { get; set; }

    /// <summary>Started by a message start event: the message's correlation key (one active instance per key, as in Camunda 8).</summary>
    public string? StartCorrelationKey { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented by the engine on every change.</summary>
    public int Version { get; set; }
}
