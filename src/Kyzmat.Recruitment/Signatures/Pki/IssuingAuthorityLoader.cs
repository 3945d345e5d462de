using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>The configured CA (required in Production), or the one the installation generated once and keeps in its database.</summary>
internal static class IssuingAuthorityLoader
{
    public static X509Certificate2 Load(IssuingAuthorityOptions options, GeneratedKeys generated, DataFolder data, bool production, TimeProvider clock)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return File.Exists(options.CertificatePath)
                ? X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.Password, X509KeyStorageFlags.EphemeralKeySet)
                : throw new KyzmatConfigurationException($"The issuing CA's file {options.CertificatePath} does not exist ({SignatureOptions.Section}:Authority).");
        }

        if (production)
        {
            throw new KyzmatConfigurationException(
                $"Production needs Kyzmat's issuing CA from configuration: set {SignatureOptions.Section}:Authority:CertificatePath (a PKCS#12 file) and its Password.");
        }

        var pkcs12 = generated.GetOrCreate("issuing-ca", () => DataFolder.ReadKeyFileOfEarlierVersions(data, "issuing-ca.pfx") ?? Generate(clock));
        return X509CertificateLoader.LoadPkcs12(pkcs12, null, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static byte[] Generate(TimeProvider clock)
    {
        using var authority = IssuingAuthority.Generate(clock.GetUtcNow());
        return authority.Export(X509ContentType.Pkcs12);
    }
}
