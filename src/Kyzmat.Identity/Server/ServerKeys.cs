using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The certificates that sign and encrypt tokens: configured PKCS#12 files (production; several allow rotation),
/// or else RSA keys generated at first start and kept under <c>&lt;DataPath&gt;/keys</c> as PKCS#12 files.
/// </summary>
internal static class ServerKeys
{
    public static IReadOnlyList<X509Certificate2> Signing(KyzmatIdentityOptions options, DataFolder data) =>
        Load(options.SigningCertificates, data, "signing", X509KeyUsageFlags.DigitalSignature);

    public static IReadOnlyList<X509Certificate2> Encryption(KyzmatIdentityOptions options, DataFolder data) =>
        Load(options.EncryptionCertificates, data, "encryption", X509KeyUsageFlags.KeyEncipherment);

    private static List<X509Certificate2> Load(List<CertificateOptions> configured, DataFolder data, string use, X509KeyUsageFlags usage)
    {
        if (configured.Count > 0)
        {
            return configured.Select(c => File.Exists(c.Path)
                    ? X509CertificateLoader.LoadPkcs12FromFile(c.Path, c.Password, X509KeyStorageFlags.EphemeralKeySet)
                    : throw new KyzmatConfigurationException($"The {use} certificate {c.Path} does not exist (Kyzmat:Identity)."))
                .ToList();
        }

        var path = Path.Combine(data.Folder("keys"), $"{use}.pfx");
        if (!File.Exists(path))
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest($"CN=Kyzmat {use} key", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
            var now = DateTimeOffset.UtcNow;
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pkcs12));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                File.Move(temporary, path);
            }
            catch (IOException)
            {
                File.Delete(temporary); // another host sharing the folder was first: use its key.
            }
        }

        return [X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet)];
    }
}
