namespace Kyzmat.Workflows.Jobs;

/// <summary>What a task listener changes on its user task; a null property keeps the task's value.</summary>
public sealed class UserTaskCorrections
{
    public string? Assignee { get; init; }

    public IReadOnlyList<string>? CandidateGroups { get; init; }

    public IReadOnlyList<string>? CandidateUsers { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? FollowUpAt { get; init; }
}
