using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Microsoft.IdentityModel.Tokens;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The certificates that sign and encrypt tokens and the symmetric key that encrypts new tokens (AES key wrap costs a
/// fraction of an RSA decryption on every API request). In Production they come from configuration — the host does not
/// start without them; elsewhere, when not configured, the installation generates them once and keeps them in its
/// database, so that every host of it accepts the tokens of the others (decision 0015).
/// </summary>
internal sealed class ServerKeys(KyzmatIdentityOptions options, GeneratedKeys generated, DataFolder data, bool production)
{
    private readonly Lazy<IReadOnlyList<X509Certificate2>> _signing = new(() =>
        Load(options.SigningCertificates, generated, data, production, "signing", X509KeyUsageFlags.DigitalSignature));

    private readonly Lazy<IReadOnlyList<X509Certificate2>> _encryption = new(() =>
        Load(options.EncryptionCertificates, generated, data, production, "encryption", X509KeyUsageFlags.KeyEncipherment));

    private readonly Lazy<SymmetricSecurityKey> _tokenEncryption = new(() => TokenEncryptionKey(options, generated, data, production));

    public IReadOnlyList<X509Certificate2> Signing => _signing.Value;

    public IReadOnlyList<X509Certificate2> Encryption => _encryption.Value;

    public SymmetricSecurityKey TokenEncryption => _tokenEncryption.Value;

    /// <summary>Fails at start-up, not at the first sign-in, when a configured key file is missing or Production lacks a key.</summary>
    public static void CheckConfiguration(KyzmatIdentityOptions options, bool production)
    {
        foreach (var missing in options.SigningCertificates.Concat(options.EncryptionCertificates).Where(c => !File.Exists(c.Path)))
        {
            throw new KyzmatConfigurationException($"The token certificate '{missing.Path}' does not exist ({KyzmatIdentityOptions.Section}).");
        }

        if (production && (options.SigningCertificates.Count == 0 || options.EncryptionCertificates.Count == 0 || string.IsNullOrWhiteSpace(options.TokenEncryptionKey)))
        {
            throw new KyzmatConfigurationException(
                $"Production takes the token keys from configuration, shared by every host: set {KyzmatIdentityOptions.Section}:SigningCertificates, " +
                $"{KyzmatIdentityOptions.Section}:EncryptionCertificates (PKCS#12 files with their passwords) and {KyzmatIdentityOptions.Section}:TokenEncryptionKey " +
                "(32 random bytes in base64) — see docs/operations.md.");
        }
    }

    private static SymmetricSecurityKey TokenEncryptionKey(KyzmatIdentityOptions options, GeneratedKeys generated, DataFolder data, bool production)
    {
        if (!string.IsNullOrWhiteSpace(options.TokenEncryptionKey))
        {
            return new SymmetricSecurityKey(Aes256Key(options.TokenEncryptionKey, $"{KyzmatIdentityOptions.Section}:TokenEncryptionKey"));
        }

        CheckConfiguration(options, production);
        var base64 = generated.GetOrCreate("token-encryption-key", () =>
            DataFolder.ReadKeyFileOfEarlierVersions(data, "token-encryption.key")
            ?? Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        return new SymmetricSecurityKey(Aes256Key(Encoding.ASCII.GetString(base64), "the generated key token-encryption-key"));
    }

    private static byte[] Aes256Key(string base64, string source)
    {
        var key = new byte[32];
        return Convert.TryFromBase64String(base64.Trim(), key, out var length) && length == 32
            ? key
            : throw new KyzmatConfigurationException($"The token encryption key in {source} is not 32 bytes in base64.");
    }

    private static List<X509Certificate2> Load(
        List<CertificateOptions> configured, GeneratedKeys generated, DataFolder data, bool production, string use, X509KeyUsageFlags usage)
    {
        if (configured.Count > 0)
        {
            return configured.Select(c => File.Exists(c.Path)
                    ? X509CertificateLoader.LoadPkcs12FromFile(c.Path, c.Password, X509KeyStorageFlags.EphemeralKeySet)
                    : throw new KyzmatConfigurationException($"The {use} certificate {c.Path} does not exist ({KyzmatIdentityOptions.Section})."))
                .ToList();
        }

        if (production)
        {
            throw new KyzmatConfigurationException($"Production needs the token {use} certificates from configuration ({KyzmatIdentityOptions.Section}).");
        }

        var pkcs12 = generated.GetOrCreate($"token-{use}-certificate", () => DataFolder.ReadKeyFileOfEarlierVersions(data, $"{use}.pfx") ?? Generate(use, usage));
        return [X509CertificateLoader.LoadPkcs12(pkcs12, null, X509KeyStorageFlags.EphemeralKeySet)];
    }

    private static byte[] Generate(string use, X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Kyzmat {use} key", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        return certificate.Export(X509ContentType.Pkcs12);
    }
}
