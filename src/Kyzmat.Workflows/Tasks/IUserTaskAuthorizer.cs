namespace Kyzmat.Workflows.Tasks;

/// <summary>
/// The host's rule of who may act on which task, and who a user is to the task list: the engine keeps no copy of role data
/// and asks here. The default allows everyone.
/// </summary>
public interface IUserTaskAuthorizer
{
    Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct);

    Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct);

    /// <summary>
    /// Whether <paramref name="actorId"/> may give the task to <paramref name="assignee"/>, or take it from its assignee
    /// (<paramref name="assignee"/> null). By default, whoever may claim it.
    /// </summary>
    Task<bool> CanAssignAsync(UserTaskInfo task, string actorId, string? assignee, CancellationToken ct) => CanClaimAsync(task, actorId, ct);

    /// <summary>Whether <paramref name="actorId"/> may change the task's candidates, dates or priority. By default, whoever may assign it.</summary>
    Task<bool> CanUpdateAsync(UserTaskInfo task, string actorId, CancellationToken ct) => CanAssignAsync(task, actorId, task.Assignee, ct);

    /// <summary>The names a user goes by in assignments and the candidate groups they belong to. By default: their id, every group.</summary>
    Task<UserTaskActor> ActorAsync(string userId, CancellationToken ct) => Task.FromResult(new UserTaskActor(userId, [], null));
}
