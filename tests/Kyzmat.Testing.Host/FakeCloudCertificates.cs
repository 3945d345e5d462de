using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Signatures;

namespace Kyzmat.Testing.Host;

/// <summary>The fake cloud-signature service's CA: one certificate per signer's key, issued on first ask and kept.</summary>
internal sealed class FakeCloudCertificates : IDisposable
{
    private readonly ECDsa _caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly X509Certificate2 _caWithKey;
    private readonly ConcurrentDictionary<string, CloudCertificateResponse> _issued = new(StringComparer.Ordinal);

    public FakeCloudCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        var request = new CertificateRequest("CN=Fake Cloud Signature CA, O=Kyzmat tests, C=KG", _caKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        _caWithKey = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        Ca = X509CertificateLoader.LoadCertificate(_caWithKey.RawData);
        CaFile = Path.Combine(Path.GetTempPath(), $"kyzmat-cloud-ca-{Guid.NewGuid():N}.cer");
        File.WriteAllBytes(CaFile, Ca.RawData);
    }

    public X509Certificate2 Ca { get; }

    /// <summary>The CA's certificate as a file, for the host's <c>Cloud:TrustedCaPath</c>.</summary>
    public string CaFile { get; }

    public CloudCertificateResponse Of(string signerId, ECDsa key) => _issued.GetOrAdd(signerId, _ =>
    {
        var now = DateTimeOffset.UtcNow;
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("KG");
        name.Add("2.5.4.5", "PNOKG-" + signerId, System.Formats.Asn1.UniversalTagNumber.PrintableString);
        name.AddCommonName("Cloud signer " + signerId[^4..]);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_caWithKey, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        using var certificate = request.Create(_caWithKey, now.AddHours(-1), now.AddMonths(6), serial);
        return new CloudCertificateResponse(Convert.ToBase64String(certificate.RawData), [Convert.ToBase64String(Ca.RawData)]);
    });

    public void Dispose()
    {
        File.Delete(CaFile);
        _caWithKey.Dispose();
        _caKey.Dispose();
        Ca.Dispose();
    }
}
