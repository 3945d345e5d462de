namespace Kyzmat.Workflows.Tasks;

/// <summary>Filters for <see cref="IUserTaskService.QueryAsync"/>; null filters are not applied. Pages are 0-based.</summary>
public sealed record UserTaskQuery
{
    public string? Assignee { get; init; }

    public string? CandidateGroup { get; init; }

    public string? CandidateUser { get; init; }

    public Guid? InstanceId { get; init; }

    public string? BusinessKey { get; init; }

    /// <summary>Created by default; null for every state.</summary>
    public string? State { get; init; } = UserTaskStates.Created;

    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}
