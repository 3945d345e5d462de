using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>The DER of a CMS ContentInfo holding a detached SignedData with one SignerInfo (RFC 5652 §5).</summary>
internal static class SignedDataEncoder
{
    public const string DataOid = "1.2.840.113549.1.7.1";
    private const string SignedDataOid = "1.2.840.113549.1.7.2";
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string EcdsaWithSha256Oid = "1.2.840.10045.4.3.2";
    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";
    private const string Sha256WithRsaOid = "1.2.840.113549.1.1.11";

    public static byte[] Encode(X509Certificate2 signer, IEnumerable<X509Certificate2> certificates, byte[] signedAttributes, byte[] signature, byte[]? timeStampToken)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(SignedDataOid);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            using (writer.PushSequence())
            {
                writer.WriteInteger(1);
                using (writer.PushSetOf())
                {
                    WriteAlgorithm(writer, Sha256Oid, withNullParameters: false);
                }

                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(DataOid); // detached: no eContent
                }

                using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
                {
                    foreach (var der in certificates.Select(c => c.RawData).DistinctBy(Convert.ToHexString))
                    {
                        writer.WriteEncodedValue(der);
                    }
                }

                using (writer.PushSetOf())
                {
                    WriteSignerInfo(writer, signer, signedAttributes, signature, timeStampToken);
                }
            }
        }

        return writer.Encode();
    }

    private static void WriteSignerInfo(AsnWriter writer, X509Certificate2 signer, byte[] signedAttributes, byte[] signature, byte[]? timeStampToken)
    {
        using (writer.PushSequence())
        {
            writer.WriteInteger(1);
            using (writer.PushSequence())
            {
                writer.WriteEncodedValue(signer.IssuerName.RawData);
                writer.WriteInteger(signer.SerialNumberBytes.Span);
            }

            WriteAlgorithm(writer, Sha256Oid, withNullParameters: false);
            // The attributes were signed as a universal SET; in the SignerInfo they are [0] IMPLICIT (RFC 5652 §5.4).
            var implicitAttributes = (byte[])signedAttributes.Clone();
            implicitAttributes[0] = 0xA0;
            writer.WriteEncodedValue(implicitAttributes);
            switch (signer.PublicKey.Oid.Value)
            {
                case EcPublicKeyOid:
                    WriteAlgorithm(writer, EcdsaWithSha256Oid, withNullParameters: false);
                    break;
                case RsaEncryptionOid:
                    WriteAlgorithm(writer, Sha256WithRsaOid, withNullParameters: true);
                    break;
                default:
                    throw new NotSupportedException($"A {signer.PublicKey.Oid.FriendlyName} key cannot sign a PDF.");
            }

            writer.WriteOctetString(signature);
            if (timeStampToken is not null)
            {
                using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, 1, isConstructed: true)))
                {
                    CadesSignedData.WriteAttribute(writer, CadesSignedData.SignatureTimeStampTokenOid, w => w.WriteEncodedValue(timeStampToken));
                }
            }
        }
    }

    private static void WriteAlgorithm(AsnWriter writer, string oid, bool withNullParameters)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            if (withNullParameters)
            {
                writer.WriteNull();
            }
        }
    }
}
