using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>What a PDF's own signature says, before anyone asks our registry.</summary>
/// <param name="Signer">The signer's certificate when the signature holds and chains to our CA.</param>
public sealed record EmbeddedSignatureCheck(EmbeddedSignatureState State, X509Certificate2? Signer = null, string? Problem = null);

public enum EmbeddedSignatureState
{
    /// <summary>The file carries no signature dictionary.</summary>
    None,

    /// <summary>One signature over the whole file but its /Contents; the CMS holds; the certificate is from Kyzmat's CA.</summary>
    Valid,

    /// <summary>Anything else: two signatures, a partial range or bytes added after signing, a CMS that fails, another CA.</summary>
    Broken,
}
