namespace Kyzmat.Recruitment.Applications;

/// <summary>What checking a signed application says.</summary>
public enum VerificationVerdict
{
    /// <summary>The document is the filed one and the citizen's signature over it holds.</summary>
    Valid = 1,

    /// <summary>It names a filed application but its bytes differ from the filed copy (or the signature fails).</summary>
    Altered = 2,

    /// <summary>No signed application has this number.</summary>
    Unknown = 3,

    /// <summary>The signature holds, but its certificate had been revoked before the document was signed.</summary>
    Revoked = 4,

    /// <summary>It names a filed application but carries no signature (e.g. the copy shown before signing).</summary>
    NotSigned = 5,
}
