namespace Kyzmat.Recruitment.Applications;

/// <summary>An open step of a competition that HR reviewers act on, with its application.</summary>
public sealed record HrTask(
    Guid Id,
    string Name,
    string? Stage,
    string? ClaimedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    Application Application);
