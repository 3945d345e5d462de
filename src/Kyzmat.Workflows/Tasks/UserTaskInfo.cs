namespace Kyzmat.Workflows.Tasks;

/// <summary>A user task as the host sees it.</summary>
public sealed record UserTaskInfo(
    Guid Id,
    Guid InstanceId,
    string DefinitionKey,
    string? BusinessKey,
    string ElementId,
    string Name,
    string? FormKey,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTime? DueAt,
    DateTime? FollowUpAt,
    string State,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    string? CompletedBy,
    string? InputJson)
{
    /// <summary>zeebe:priorityDefinition, 0 to 100 (50 when the task has none).</summary>
    public int Priority { get; init; } = 50;

    /// <summary>The linked Camunda form's version ("{formId}:{version}") this task keeps, or null.</summary>
    public string? FormVersionId { get; init; }
}
