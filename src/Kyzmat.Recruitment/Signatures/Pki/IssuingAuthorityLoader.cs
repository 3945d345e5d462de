using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>The configured CA (required in Production), or the one generated once under the data folder's keys.</summary>
internal static class IssuingAuthorityLoader
{
    public static X509Certificate2 Load(IssuingAuthorityOptions options, DataFolder data, bool production, TimeProvider clock)
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

        var path = Path.Combine(data.Folder("keys"), "issuing-ca.pfx");
        if (!File.Exists(path))
        {
            using var generated = IssuingAuthority.Generate(clock.GetUtcNow());
            DataFolder.WriteOnce(path, generated.Export(X509ContentType.Pkcs12));
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
