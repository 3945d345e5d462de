using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Signatures.Pki;

namespace Kyzmat.Testing.Host;

/// <summary>
/// What an operator configures for Production and no test host has by itself: the issuing CA, the token keys and the
/// Data Protection certificate, written as files under the host's data folder. A setting the test gave is left alone.
/// </summary>
public static class ProductionSecrets
{
    public const string IssuingCa = "Kyzmat:Signatures:Authority:CertificatePath";

    public const string SecureCookies = "Kyzmat:Http:SecureCookies";

    public static Dictionary<string, string> For(string dataPath, IReadOnlyDictionary<string, string?> given)
    {
        var folder = Path.Combine(dataPath, "configured");
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Test hosts answer plain HTTP, as no Production host does: their clients would not send Secure cookies back.
            [SecureCookies] = "false",
            [IssuingCa] = Write(folder, "issuing-ca.pfx", () => IssuingAuthority.Generate(DateTimeOffset.UtcNow)),
            ["Kyzmat:Identity:SigningCertificates:0:Path"] = Write(folder, "signing.pfx", () => SelfSigned("signing", X509KeyUsageFlags.DigitalSignature)),
            ["Kyzmat:Identity:EncryptionCertificates:0:Path"] = Write(folder, "encryption.pfx", () => SelfSigned("encryption", X509KeyUsageFlags.KeyEncipherment)),
            ["Kyzmat:Identity:TokenEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Kyzmat:DataProtection:CertificatePath"] = Write(folder, "data-protection.pfx", () => SelfSigned("data protection", X509KeyUsageFlags.KeyEncipherment)),
        };
        foreach (var key in given.Keys)
        {
            settings.Remove(key);
        }

        return settings;
    }

    private static string Write(string folder, string name, Func<X509Certificate2> create)
    {
        var path = Path.Combine(folder, name);
        using var certificate = create();
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        return path;
    }

    private static X509Certificate2 SelfSigned(string use, X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Kyzmat test {use}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
