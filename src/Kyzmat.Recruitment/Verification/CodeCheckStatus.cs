namespace Kyzmat.Recruitment.Verification;

public enum CodeCheckStatus
{
    Accepted,

    /// <summary>Wrong code; the code still lives (see <see cref="CodeCheck.RemainingAttempts"/>).</summary>
    Wrong,

    Expired,

    /// <summary>The code was already used.</summary>
    Used,

    /// <summary>Too many wrong tries: a new code must be asked for.</summary>
    Exhausted,

    /// <summary>No code was sent.</summary>
    NoCode,
}
