namespace Kyzmat.Recruitment.Verification;

public enum CodeIssueStatus
{
    Sent,

    /// <summary>The previous code was sent less than the resend interval ago.</summary>
    TooSoon,

    /// <summary>The hourly number of codes is used up.</summary>
    HourlyLimit,
}
