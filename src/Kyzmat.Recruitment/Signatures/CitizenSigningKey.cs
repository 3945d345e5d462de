namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// A citizen's key pair for the built-in signature: ECDSA P-256. The private key is kept only encrypted
/// with ASP.NET Core data protection (whose keys live apart from this table).
/// </summary>
public sealed class CitizenSigningKey
{
    public Guid CitizenId { get; init; }

    /// <summary>SubjectPublicKeyInfo (DER).</summary>
    public required byte[] PublicKey { get; init; }

    /// <summary>PKCS#8 private key, protected.</summary>
    public required byte[] ProtectedPrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
