using System.Security.Cryptography;
using System.Text;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.IdentityModel.Tokens;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The certificates that sign and encrypt tokens: configured PKCS#12 files (production; several allow rotation),
/// or else RSA keys generated at first start and kept under <c>&lt;DataPath&gt;/keys</c> as PKCS#12 files; and the
/// symmetric key that encrypts new tokens (AES key wrap costs a fraction of an RSA decryption on every API request).
/// </summary>
internal static class ServerKeys
{
    public static IReadOnlyList<X509Certificate2> Signing(KyzmatIdentityOptions options, DataFolder data) =>
        Load(options.SigningCertificates, data, "signing", X509KeyUsageFlags.DigitalSignature);

    public static IReadOnlyList<X509Certificate2> Encryption(KyzmatIdentityOptions options, DataFolder data) =>
        Load(options.EncryptionCertificates, data, "encryption", X509KeyUsageFlags.KeyEncipherment);

    public static SymmetricSecurityKey TokenEncryption(KyzmatIdentityOptions options, DataFolder data)
    {
        if (!string.IsNullOrWhiteSpace(options.TokenEncryptionKey))
        {
            return new SymmetricSecurityKey(Aes256Key(options.TokenEncryptionKey, "Kyzmat:Identity:TokenEncryptionKey"));
        }

        var path = Path.Combine(data.Folder("keys"), "token-encryption.key");
        if (!File.Exists(path))
        {
            WriteOnce(path, Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        }

        return new SymmetricSecurityKey(Aes256Key(File.ReadAllText(path), path));
    }

    private static byte[] Aes256Key(string base64, string source)
    {
        var key = new byte[32];
        return Convert.TryFromBase64String(base64.Trim(), key, out var length) && length == 32
            ? key
            : throw new KyzmatConfigurationException($"The token encryption key in {source} is not 32 bytes in base64.");
    }

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
            WriteOnce(path, certificate.Export(X509ContentType.Pkcs12));
        }

        return [X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet)];
    }

    /// <summary>Writes a key file readable by its owner only, unless another host sharing the folder wrote it first.</summary>
    private static void WriteOnce(string path, byte[] content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // never readable by others, not even briefly
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(content);
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
}
