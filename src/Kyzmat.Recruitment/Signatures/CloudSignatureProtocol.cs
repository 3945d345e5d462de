namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// The cloud-signature service's API as Kyzmat uses it (JSON over HTTPS, bearer API key): the service holds each
/// citizen's key, known by their PIN, signs or checks a SHA-256 hash, and tells the certificate of that key.
/// <code>
/// POST v1/signatures/sign-hash          {signerId, hashAlgorithm: "SHA-256", hash}            → {signature, signedAt}
/// POST v1/signatures/verify             {signerId, hashAlgorithm: "SHA-256", hash, signature} → {valid}
/// GET  v1/signers/{signerId}/certificate                                                       → {certificate, chain}
/// </code>
/// Hashes, signatures and certificates (DER) are base64; an ECDSA signature is IEEE P1363 (r ‖ s), an RSA one PKCS#1 v1.5.
/// </summary>
public static class CloudSignatureProtocol
{
    public const string SignPath = "v1/signatures/sign-hash";
    public const string VerifyPath = "v1/signatures/verify";
    public const string HashAlgorithm = "SHA-256";

    public static string CertificatePath(string signerId) => $"v1/signers/{Uri.EscapeDataString(signerId)}/certificate";
}

public sealed record CloudSignRequest(string SignerId, string HashAlgorithm, string Hash);

public sealed record CloudSignResponse(string? Signature, DateTimeOffset? SignedAt);

public sealed record CloudVerifyRequest(string SignerId, string HashAlgorithm, string Hash, string Signature);

public sealed record CloudVerifyResponse(bool? Valid);

/// <summary>The signer's certificate and the certificates above it up to the service's CA.</summary>
public sealed record CloudCertificateResponse(string? Certificate, IReadOnlyList<string>? Chain);
