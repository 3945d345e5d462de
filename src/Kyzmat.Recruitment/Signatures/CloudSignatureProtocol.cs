namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// The cloud-signature service's API as Kyzmat uses it (JSON over HTTPS, bearer API key): the service holds each
/// citizen's key, known by their PIN, and signs or checks a SHA-256 hash.
/// <code>
/// POST v1/signatures/sign-hash   {signerId, hashAlgorithm: "SHA-256", hash}            → {signature, signedAt}
/// POST v1/signatures/verify      {signerId, hashAlgorithm: "SHA-256", hash, signature} → {valid}
/// </code>
/// Hashes and signatures are base64.
/// </summary>
public static class CloudSignatureProtocol
{
    public const string SignPath = "v1/signatures/sign-hash";
    public const string VerifyPath = "v1/signatures/verify";
    public const string HashAlgorithm = "SHA-256";
}

public sealed record CloudSignRequest(string SignerId, string HashAlgorithm, string Hash);

public sealed record CloudSignResponse(string? Signature, DateTimeOffset? SignedAt);

public sealed record CloudVerifyRequest(string SignerId, string HashAlgorithm, string Hash, string Signature);

public sealed record CloudVerifyResponse(bool? Valid);
