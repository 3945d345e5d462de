using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Runtime;

/// <summary>A process instance as the host sees it; <see cref="ActiveElements"/> lists where its tokens are.</summary>
public sealed record WorkflowInstanceInfo(
    Guid Id,
    string DefinitionId,
    string DefinitionKey,
    int DefinitionVersion,
    string? BusinessKey,
    string State,
    IReadOnlyList<string> ActiveElements,
    JsonObject Variables,
    int OpenIncidents,
    DateTime StartedAt,
    DateTime? EndedAt,
    Guid? ParentInstanceId = null)
{
    /// <summary>Started by an administrator to try the diagram (<see cref="IWorkflowEngine.StartTestRunAsync"/>).</summary>
    public bool IsTestRun { get; init; }
}
