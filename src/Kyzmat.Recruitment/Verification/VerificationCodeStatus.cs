namespace Kyzmat.Recruitment.Verification;

public enum VerificationCodeStatus
{
    Active,
    Used,

    /// <summary>Too many wrong tries: the code is dead.</summary>
    Exhausted,

    /// <summary>A newer code was sent for the same subject and purpose.</summary>
    Superseded,
}
