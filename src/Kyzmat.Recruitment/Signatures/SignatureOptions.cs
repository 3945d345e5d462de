namespace Kyzmat.Recruitment.Signatures;

/// <summary>Which provider signs new applications (<c>Kyzmat:Signatures</c>); every provider still verifies its own.</summary>
public sealed class SignatureOptions
{
    public const string Section = "Kyzmat:Signatures";

    public SignatureProviderKind Provider { get; set; } = SignatureProviderKind.BuiltIn;

    public CloudSignatureOptions Cloud { get; set; } = new();

    /// <summary>Kyzmat's issuing CA, which certifies the built-in provider's keys.</summary>
    public Pki.IssuingAuthorityOptions Authority { get; set; } = new();

    /// <summary>The RFC 3161 service that time-stamps every PDF signature (PAdES B-T) when configured.</summary>
    public TimeStamping.TimeStampingOptions TimeStamping { get; set; } = new();
}

public enum SignatureProviderKind
{
    /// <summary>A key pair per citizen kept by Kyzmat (no set-up).</summary>
    BuiltIn,

    /// <summary>An external cloud-signature service over HTTP.</summary>
    Cloud,
}

/// <summary>The cloud-signature service (<c>Kyzmat:Signatures:Cloud</c>).</summary>
public sealed class CloudSignatureOptions
{
    /// <summary>The service's address, e.g. https://sign.example.kg/.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Kyzmat's API key at the service, sent as a bearer token; keep it out of files (environment or secret store).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one call may take before the citizen is told to try again.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The service's CA certificate (DER or PEM file): PDF signatures by certificates it issued are accepted as ours are.
    /// Without it, a cloud-signed PDF's embedded signature does not verify (its registry signature still does).
    /// </summary>
    public string? TrustedCaPath { get; set; }
}
