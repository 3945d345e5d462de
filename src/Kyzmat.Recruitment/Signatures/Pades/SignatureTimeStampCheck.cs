using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Signatures.TimeStamping;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>The signature time-stamp of a PAdES B-T signature: an RFC 3161 token over the SignerInfo's signature value.</summary>
internal static class SignatureTimeStampCheck
{
    /// <returns>
    /// Holds: no token, or one token whose imprint is this signature value's and whose TSA signature verifies. At: the
    /// time-stamped time, when the TSA chains to <paramref name="trustedRoot"/> (or the machine's roots); otherwise null.
    /// </returns>
    public static (bool Holds, DateTimeOffset? At) Check(SignerInfo signer, X509Certificate2? trustedRoot)
    {
        var tokens = signer.UnsignedAttributes.Cast<CryptographicAttributeObject>()
            .Where(a => a.Oid.Value == CadesSignedData.SignatureTimeStampTokenOid).SelectMany(a => a.Values.Cast<AsnEncodedData>()).ToList();
        if (tokens.Count == 0)
        {
            return (true, null);
        }

        if (tokens.Count != 1 || !Rfc3161TimestampToken.TryDecode(tokens[0].RawData, out var token, out _))
        {
            return (false, null);
        }

        var certificates = token.AsSignedCms().Certificates;
        if (!token.VerifySignatureForSignerInfo(signer, out var tsa, certificates) || tsa is null)
        {
            return (false, null);
        }

        using (tsa)
        {
            var at = token.TokenInfo.Timestamp;
            return (true, SignatureTrustAnchors.Chains(tsa, trustedRoot, certificates, at, SignatureTimeStamper.TimeStampingUsageOid) ? at : null);
        }
    }
}
