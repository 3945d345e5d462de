using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>A signing certificate Kyzmat's CA issued to a citizen's key; revoked when the key is replaced or the account closed.</summary>
public sealed class CitizenCertificate
{
    /// <summary>The certificate's serial number, hex (upper case, as <see cref="X509Certificate2.SerialNumber"/>).</summary>
    public required string SerialNumber { get; init; }

    public Guid CitizenId { get; init; }

    /// <summary>The certificate, DER.</summary>
    public required byte[] Certificate { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset NotAfter { get; init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public X509RevocationReason? RevocationReason { get; private set; }

    public void Revoke(X509RevocationReason reason, DateTimeOffset now)
    {
        RevokedAt ??= now;
        RevocationReason ??= reason;
    }
}
