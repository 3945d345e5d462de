using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>
/// The CMS <c>SignedData</c> a PAdES signature carries (ETSI EN 319 142-1, CAdES detached): SHA-256, signed attributes
/// content-type, message-digest and signing-certificate-v2, the signer's certificate and its CA's; baseline B-T when a
/// time-stamping service adds a signature time-stamp over the signature value (unsigned attribute). No signing-time
/// attribute: PAdES puts the claimed time in the signature dictionary's /M.
/// </summary>
/// <remarks>
/// Written here rather than by <c>SignedCms.ComputeSignature</c>, which needs the private key in the process: the
/// cloud provider's key is at the service, which signs only the attributes' digest (decisions 0006, 0008).
/// </remarks>
public static class CadesSignedData
{
    public const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    public const string SignatureTimeStampTokenOid = "1.2.840.113549.1.9.16.2.14";

    /// <param name="timeStamp">Given the signature value, the RFC 3161 time-stamp token over it (DER); null for B-B.</param>
    public static async Task<byte[]> SignAsync(
        byte[] signedBytes, PdfSigningCredential credential, Func<byte[], CancellationToken, Task<byte[]>>? timeStamp = null, CancellationToken cancellationToken = default)
    {
        var attributes = SignedAttributes(SHA256.HashData(signedBytes), credential.Certificate);
        var signature = await credential.SignDigestAsync(SHA256.HashData(attributes), cancellationToken);
        var token = timeStamp is null ? null : await timeStamp(signature, cancellationToken);
        return SignedDataEncoder.Encode(credential.Certificate, [credential.Certificate, .. credential.Chain], attributes, signature, token);
    }

    /// <summary>The signed attributes as the signature covers them: a DER SET OF Attribute (RFC 5652 §5.4).</summary>
    public static byte[] SignedAttributes(byte[] contentSha256, X509Certificate2 signer)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSetOf())
        {
            WriteAttribute(writer, "1.2.840.113549.1.9.3", w => w.WriteObjectIdentifier(SignedDataEncoder.DataOid));
            WriteAttribute(writer, "1.2.840.113549.1.9.4", w => w.WriteOctetString(contentSha256));
            WriteAttribute(writer, SigningCertificateV2Oid, w => w.WriteEncodedValue(SigningCertificateV2(signer)));
        }

        return writer.Encode();
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

    internal static void WriteAttribute(AsnWriter writer, string oid, Action<AsnWriter> writeValue)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            using (writer.PushSetOf())
            {
                writeValue(writer);
            }
        }
    }
}
