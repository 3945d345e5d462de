using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>What a PDF's own signature says, before anyone asks our registry.</summary>
/// <param name="Signer">The signer's certificate when the signature holds and chains to a trusted CA.</param>
/// <param name="TimeStampedAt">The time a trusted time-stamping authority vouches for (PAdES B-T); null for B-B.</param>
public sealed record EmbeddedSignatureCheck(EmbeddedSignatureState State, X509Certificate2? Signer = null, string? Problem = null, DateTimeOffset? TimeStampedAt = null);

public enum EmbeddedSignatureState
{
    /// <summary>The file carries no signature dictionary.</summary>
    None,

    /// <summary>One signature over the whole file but its /Contents; the CMS holds; the certificate is from a trusted CA.</summary>
    Valid,

    /// <summary>
    /// Anything else: two signatures, a partial range or bytes added after signing, a CMS that fails, another CA, a
    /// time-stamp that is not over this signature's value.
    /// </summary>
    Broken,
}
