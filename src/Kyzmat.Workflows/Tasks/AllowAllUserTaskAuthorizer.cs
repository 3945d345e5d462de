namespace Kyzmat.Workflows.Tasks;

/// <summary>The default authorizer: everyone may claim and complete every task.</summary>
public sealed class AllowAllUserTaskAuthorizer : IUserTaskAuthorizer
{
    public Task<bool> CanClaimAsync(UserTaskInfo task, string userId, CancellationToken ct) => Task.FromResult(true);

    public Task<bool> CanCompleteAsync(UserTaskInfo task, string userId, CancellationToken ct) => Task.FromResult(true);
}
