using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The Data Protection key ring (it protects session cookies and every citizen's signing key) lives in the database,
/// shared by the hosts. In Production it is encrypted there with a configured certificate, so that a leaked backup
/// forges nothing; the host does not start without one. Section <c>Kyzmat:DataProtection</c>.
/// </summary>
internal static class KeyRingProtection
{
    public const string Section = "Kyzmat:DataProtection";

    public static void Configure(IDataProtectionBuilder builder, IConfiguration configuration, bool production)
    {
        var section = configuration.GetSection(Section);
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (production)
            {
                throw new KyzmatConfigurationException(
                    $"Production encrypts the Data Protection key ring in the database: set {Section}:CertificatePath (a PKCS#12 file with an RSA key) " +
                    $"and {Section}:Password — the same on every host (docs/operations.md).");
            }

            return;
        }

        var current = Load(path, section["Password"]);
        // Certificates of earlier years still decrypt the keys they protected; only the current one encrypts new keys.
        var previous = section.GetSection("PreviousCertificates").GetChildren()
            .Select(c => Load(c["Path"] ?? "", c["Password"]))
            .ToArray();
        builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password) =>
        File.Exists(path)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet)
            : throw new KyzmatConfigurationException($"The Data Protection certificate {path} does not exist ({Section}).");
}
