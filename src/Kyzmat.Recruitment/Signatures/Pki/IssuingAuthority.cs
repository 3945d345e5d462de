using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>
/// Kyzmat's issuing CA: it certifies citizens' signing keys and signs the revocation list. Its certificate is
/// published at <c>/pki/ca.cer</c>, the list at <c>/pki/crl</c> (<see cref="CrlPath"/>).
/// </summary>
public sealed class IssuingAuthority : IDisposable
{
    public const string CaPath = "pki/ca.cer";
    public const string CrlPath = "pki/crl";

    private readonly X509Certificate2 _certificate;
    private readonly AsymmetricAlgorithm _key;
    private readonly Lock _signing = new();
    private readonly Uri _crlUrl;
    private readonly TimeSpan _validity;

    public IssuingAuthority(X509Certificate2 certificate, Uri portalUrl, TimeSpan certificateValidity)
    {
        if (!certificate.HasPrivateKey || certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is not { CertificateAuthority: true })
        {
            throw new KyzmatConfigurationException($"The issuing CA's certificate ({certificate.Subject}) must be a CA certificate with its private key.");
        }

        _certificate = certificate;
        _key = (AsymmetricAlgorithm?)certificate.GetECDsaPrivateKey() ?? certificate.GetRSAPrivateKey()
            ?? throw new KyzmatConfigurationException("The issuing CA's key must be ECDSA or RSA.");
        _crlUrl = new Uri(portalUrl, CrlPath);
        _validity = certificateValidity;
        Certificate = X509CertificateLoader.LoadCertificate(certificate.RawData);
    }

    /// <summary>The CA's certificate without its key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>A new CA: self-signed ECDSA P-256, ten years.</summary>
    public static X509Certificate2 Generate(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("KG");
        name.AddOrganizationName("Kyzmat");
        name.AddCommonName("Kyzmat Issuing CA");
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
    }

    /// <summary>
    /// Certifies a citizen's signing key: their full name, the PIN masked as the registry allows (subject serial
    /// number), the key usages of a signing certificate, and where to find the revocation list.
    /// </summary>
    public X509Certificate2 Issue(string fullName, string pin, byte[] subjectPublicKeyInfo, DateTimeOffset now)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("KG");
        name.Add(Oids.SerialNumber, SubjectSerialNumber(pin), UniversalTagNumber.PrintableString);
        name.AddCommonName(fullName);
        var key = PublicKey.CreateFromSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(key, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_certificate, true, false));
        request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([_crlUrl.AbsoluteUri]));
        var notAfter = now + _validity < _certificate.NotAfter ? now + _validity : new DateTimeOffset(_certificate.NotAfter.ToUniversalTime());
        lock (_signing)
        {
            return request.Create(_certificate.SubjectName, Generator(), now.AddMinutes(-5), notAfter, RandomSerial());
        }
    }

    /// <summary>The masked PIN as X.520 allows it (a PrintableString has no '*'): 224XXXXXXX2345.</summary>
    public static string SubjectSerialNumber(string pin) => SignatureStamp.MaskPin(pin).Replace('*', 'X');

    /// <summary>The revocation list: every revoked citizen certificate, valid for a day.</summary>
    public byte[] BuildCrl(IEnumerable<RevokedCertificate> revoked, DateTimeOffset now)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var entry in revoked)
        {
            builder.AddEntry(Convert.FromHexString(entry.SerialNumber), entry.RevokedAt, entry.Reason);
        }

        // Seconds since the epoch: a CRL number that only grows, without a counter shared between hosts.
        var number = new BigInteger(now.ToUnixTimeSeconds());
        lock (_signing)
        {
            return builder.Build(_certificate.SubjectName, Generator(), number, now.AddDays(1), HashAlgorithmName.SHA256,
                X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_certificate, true, false), now.AddMinutes(-1));
        }
    }

    private X509SignatureGenerator Generator() => _key is ECDsa ecdsa
        ? X509SignatureGenerator.CreateForECDsa(ecdsa)
        : X509SignatureGenerator.CreateForRSA((RSA)_key, RSASignaturePadding.Pkcs1);

    private static byte[] RandomSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive INTEGER
        serial[0] |= 0x10; // and never shortened by a leading zero
        return serial;
    }

    public void Dispose()
    {
        _key.Dispose();
        _certificate.Dispose();
        Certificate.Dispose();
    }

    private static class Oids
    {
        public const string SerialNumber = "2.5.4.5";
    }
}
