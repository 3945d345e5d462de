namespace Kyzmat.Recruitment.Verification;

/// <summary>The outcome of asking for a code; when refused, <see cref="RetryAt"/> says when to ask again.</summary>
public sealed record CodeIssue(CodeIssueStatus Status, DateTimeOffset? RetryAt = null)
{
    public bool Sent => Status == CodeIssueStatus.Sent;
}
