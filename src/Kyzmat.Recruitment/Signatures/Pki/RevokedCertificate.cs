using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>One entry of the revocation list.</summary>
public sealed record RevokedCertificate(string SerialNumber, DateTimeOffset RevokedAt, X509RevocationReason Reason);
