namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// What a task listener changes on its user task, as Camunda 8.8's job result corrections: a null property keeps the task's
/// value; an empty assignee or an empty list clears it. A later listener of the same transition sees the corrected task.
/// </summary>
public sealed class UserTaskCorrections
{
    public string? Assignee { get; init; }

    public IReadOnlyList<string>? CandidateGroups { get; init; }

    public IReadOnlyList<string>? CandidateUsers { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? FollowUpAt { get; init; }

    /// <summary>0 to 100 (Camunda's range; the task's default is 50).</summary>
    public int? Priority { get; init; }
}
