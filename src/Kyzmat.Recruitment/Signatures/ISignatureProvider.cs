namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// Signs a document hash on a citizen's behalf: the built-in provider (a key pair per citizen) or an
/// external cloud-signature service.
/// </summary>
public interface ISignatureProvider
{
    string Name { get; }

    Task<DocumentSignature> SignAsync(Guid citizenId, byte[] documentSha256, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="signature"/> is the citizen's signature over exactly this hash.</summary>
    Task<bool> VerifyAsync(Guid citizenId, byte[] documentSha256, DocumentSignature signature, CancellationToken cancellationToken);

    /// <summary>
    /// The certificate, and what signs with its key, for the PDF itself (PAdES); null when this provider signs only
    /// hashes.
    /// </summary>
    Task<PdfSigningCredential?> PdfCredentialAsync(Guid citizenId, CancellationToken cancellationToken);
}
