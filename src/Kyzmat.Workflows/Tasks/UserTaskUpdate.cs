namespace Kyzmat.Workflows.Tasks;

/// <summary>What <see cref="IUserTaskService.UpdateAsync"/> changes on a task; a null property keeps the task's value, an empty list clears it.</summary>
public sealed record UserTaskUpdate
{
    public IReadOnlyList<string>? CandidateGroups { get; init; }

    public IReadOnlyList<string>? CandidateUsers { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? FollowUpAt { get; init; }

    /// <summary>0 to 100.</summary>
    public int? Priority { get; init; }
}
