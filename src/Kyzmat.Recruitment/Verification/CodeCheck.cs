namespace Kyzmat.Recruitment.Verification;

/// <summary>The outcome of typing a code.</summary>
public sealed record CodeCheck(CodeCheckStatus Status, int RemainingAttempts = 0)
{
    public bool Accepted => Status == CodeCheckStatus.Accepted;
}
