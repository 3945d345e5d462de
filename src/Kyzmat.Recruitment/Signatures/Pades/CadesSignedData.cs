using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>
/// The CMS <c>SignedData</c> a PAdES baseline B-B signature carries (ETSI EN 319 142-1, CAdES detached): SHA-256,
/// signed attributes content-type, message-digest and signing-certificate-v2, the signer's certificate and its CA's.
/// No signing-time attribute: PAdES puts the claimed time in the signature dictionary's /M.
/// </summary>
public static class CadesSignedData
{
    public const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    public static byte[] Sign(byte[] signedBytes, PdfSigningCredential credential)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, credential.Certificate, credential.Key)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.None,
        };
        signer.Certificates.Add(credential.Certificate);
        foreach (var certificate in credential.Chain)
        {
            signer.Certificates.Add(certificate);
        }

        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(credential.Certificate)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>
    /// SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2 { certHash (SHA-256, the
    /// default algorithm, so not named), issuerSerial { issuer GeneralNames, serialNumber } } (RFC 5035).
    /// </summary>
    public static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    // GeneralName directoryName [4] EXPLICIT Name
                    using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                    {
                        writer.WriteEncodedValue(certificate.IssuerName.RawData);
                    }
                }

                writer.WriteInteger(certificate.SerialNumberBytes.Span); // big-endian, as in the certificate
            }
        }

        return writer.Encode();
    }
}
