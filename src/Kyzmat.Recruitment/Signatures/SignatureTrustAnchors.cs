using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// The roots a PDF signature may chain to besides Kyzmat's own CA: the cloud-signature service's CA
/// (<c>Kyzmat:Signatures:Cloud:TrustedCaPath</c>) and the time-stamping service's root
/// (<c>Kyzmat:Signatures:TimeStamping:TrustedRootPath</c>), read once at start.
/// </summary>
public sealed class SignatureTrustAnchors : IDisposable
{
    public SignatureTrustAnchors(IOptions<SignatureOptions> options)
    {
        CloudCa = Load(options.Value.Cloud.TrustedCaPath, "Cloud:TrustedCaPath");
        TimeStampingRoot = Load(options.Value.TimeStamping.TrustedRootPath, "TimeStamping:TrustedRootPath");
    }

    public X509Certificate2? CloudCa { get; }

    public X509Certificate2? TimeStampingRoot { get; }

    /// <summary>Whether <paramref name="certificate"/> chains, at <paramref name="at"/>, to <paramref name="root"/> (or the machine's roots when null).</summary>
    public static bool Chains(X509Certificate2 certificate, X509Certificate2? root, X509Certificate2Collection intermediates, DateTimeOffset at, string? requiredUsageOid = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        if (requiredUsageOid is not null)
        {
            chain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid(requiredUsageOid));
        }

        if (root is not null)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
        }

        return chain.Build(certificate) && (root is null || chain.ChainElements[^1].Certificate.RawData.AsSpan().SequenceEqual(root.RawData));
    }

    private static X509Certificate2? Load(string? path, string setting)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            return X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new KyzmatConfigurationException($"{SignatureOptions.Section}:{setting} ({path}) is not a readable certificate: {ex.Message}");
        }
    }

    public void Dispose()
    {
        CloudCa?.Dispose();
        TimeStampingRoot?.Dispose();
    }
}
