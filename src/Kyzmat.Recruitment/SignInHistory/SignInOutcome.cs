namespace Kyzmat.Recruitment.SignInHistory;

public enum SignInOutcome
{
    /// <summary>The step passed (for <see cref="SignInMethod.EmailCode"/>: the person is signed in).</summary>
    Succeeded,

    /// <summary>Unknown PIN or wrong password (the same to the caller).</summary>
    WrongCredentials,

    WrongCode,

    /// <summary>Refused without checking: the PIN or the client address is locked out.</summary>
    LockedOut,

    /// <summary>A code that had expired, was used, or died of wrong tries.</summary>
    CodeRejected,
}
