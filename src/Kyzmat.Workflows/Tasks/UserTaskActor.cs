namespace Kyzmat.Workflows.Tasks;

/// <summary>
/// A user as the task list sees them: the id they act under, other names a diagram may write for them (a citizen's PIN in
/// <c>candidateUsers</c>), and their candidate groups — null for every group (an administrator).
/// </summary>
public sealed record UserTaskActor(string UserId, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Groups)
{
    public IReadOnlyList<string> Names => [UserId, .. Aliases];

    /// <summary>Assigned to one of their names, or offered to one of them or to one of their groups.</summary>
    public bool IsCandidateFor(UserTaskInfo task) =>
        (task.Assignee is { } assignee && Names.Contains(assignee))
        || task.CandidateUsers.Any(Names.Contains)
        || (Groups is null ? task.CandidateGroups.Count > 0 : task.CandidateGroups.Any(Groups.Contains));
}
