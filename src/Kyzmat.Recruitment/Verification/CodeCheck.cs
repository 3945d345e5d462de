namespace Kyzmat.Recruitment.Verification;

/// <summary>The outcome of typing a code; an accepted one names the code it used up.</summary>
public sealed record CodeCheck(CodeCheckStatus Status, int RemainingAttempts = 0, Guid? CodeId = null)
{
    public bool Accepted => Status == CodeCheckStatus.Accepted;
}
