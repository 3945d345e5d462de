namespace Kyzmat.Workflows.Tasks;

/// <summary>The host's rule of who may claim or complete which task. The default allows everyone.</summary>
public interface IUserTaskAuthorizer
{
    Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct);

    Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct);
}
