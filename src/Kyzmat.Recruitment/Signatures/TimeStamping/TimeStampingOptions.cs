namespace Kyzmat.Recruitment.Signatures.TimeStamping;

/// <summary>
/// An RFC 3161 time-stamping service (<c>Kyzmat:Signatures:TimeStamping</c>): when <see cref="Url"/> is set, every PDF
/// signature gets a signature time-stamp (PAdES B-T); when it is not, signatures are B-B.
/// </summary>
public sealed class TimeStampingOptions
{
    /// <summary>Where time-stamp requests are POSTed (<c>application/timestamp-query</c>), e.g. https://tsa.example.kg/tsr.</summary>
    public Uri? Url { get; set; }

    /// <summary>How long one request may take before signing is refused (the citizen retries with the same code).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The root CA certificate (DER or PEM file) that time-stamps must chain to, at signing and at verification;
    /// without it, the machine's trusted roots.
    /// </summary>
    public string? TrustedRootPath { get; set; }
}
