namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>
/// Kyzmat's issuing CA (<c>Kyzmat:Signatures:Authority</c>): a PKCS#12 file with the CA's certificate and ECDSA or RSA
/// key. Required in Production; elsewhere, when unset, a CA is generated at first start under
/// <c>&lt;DataPath&gt;/keys/issuing-ca.pfx</c> and shared by every host that shares the folder.
/// </summary>
public sealed class IssuingAuthorityOptions
{
    public string? CertificatePath { get; set; }

    /// <summary>The file's password; keep it out of files (environment or secret store).</summary>
    public string? Password { get; set; }

    /// <summary>How long a citizen's signing certificate is valid.</summary>
    public int CertificateDays { get; set; } = 730;
}
