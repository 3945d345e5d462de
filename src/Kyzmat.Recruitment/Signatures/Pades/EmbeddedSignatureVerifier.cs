using System.Buffers;
using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kyzmat.Recruitment.Signatures.Pki;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>
/// Checks the PAdES signature a PDF carries, reading the file's bytes directly (linear in its size, no PDF parser):
/// exactly one signature; its /ByteRange starts at 0, leaves out exactly the /Contents value and ends at the file's
/// end (so nothing was appended after signing); the CMS verifies over those bytes; the signer's certificate chains
/// to Kyzmat's CA (or the configured cloud-signature CA) at the claimed signing time; a signature time-stamp, if any,
/// is over this signature value. Revocation and the registry are the caller's (ApplicationVerifier).
/// </summary>
public sealed class EmbeddedSignatureVerifier(IssuingAuthority authority, SignatureTrustAnchors? anchors = null)
{
    private static readonly byte[] ByteRangeKey = "/ByteRange"u8.ToArray();

    public EmbeddedSignatureCheck Check(byte[] pdf, DateTimeOffset signingTime)
    {
        var at = pdf.AsSpan().IndexOf(ByteRangeKey);
        if (at < 0)
        {
            return new EmbeddedSignatureCheck(EmbeddedSignatureState.None);
        }

        if (pdf.AsSpan(at + ByteRangeKey.Length).IndexOf(ByteRangeKey) >= 0)
        {
            return Broken("more than one signature");
        }

        if (!TryReadRange(pdf, at + ByteRangeKey.Length, out var range))
        {
            return Broken("a byte range that is not four numbers");
        }

        var (start, gapStart, gapEnd, tailLength) = range;
        if (start != 0 || gapStart <= 0 || gapEnd <= gapStart + 1 || gapEnd > pdf.Length || gapEnd + tailLength != pdf.Length)
        {
            return Broken("the signature does not cover the whole file");
        }

        if (pdf[gapStart] != (byte)'<' || pdf[gapEnd - 1] != (byte)'>' || !TryDecodeHex(pdf.AsSpan(gapStart + 1, gapEnd - gapStart - 2), out var cmsBytes))
        {
            return Broken("the byte range leaves out more than the signature");
        }

        var signed = new byte[pdf.Length - (gapEnd - gapStart)];
        pdf.AsSpan(0, gapStart).CopyTo(signed);
        pdf.AsSpan(gapEnd).CopyTo(signed.AsSpan(gapStart));
        X509Certificate2 signer;
        (bool Holds, DateTimeOffset? At) timeStamp;
        try
        {
            var cms = new SignedCms(new ContentInfo(signed), detached: true);
            cms.Decode(cmsBytes);
            if (cms.SignerInfos.Count != 1 || cms.SignerInfos[0].Certificate is null)
            {
                return Broken("not exactly one signer with a certificate");
            }

            cms.CheckSignature(verifySignatureOnly: true);
            signer = cms.SignerInfos[0].Certificate!;
            timeStamp = SignatureTimeStampCheck.Check(cms.SignerInfos[0], anchors?.TimeStampingRoot);
        }
        catch (CryptographicException)
        {
            return Broken("the signature does not verify");
        }

        if (!timeStamp.Holds)
        {
            return Broken("the time-stamp is not over this signature");
        }

        return ChainsToTrustedCa(signer, signingTime)
            ? new EmbeddedSignatureCheck(EmbeddedSignatureState.Valid, signer, TimeStampedAt: timeStamp.At)
            : Broken("the certificate is not from a CA we trust");
    }

    /// <summary>Kyzmat's CA, or the cloud-signature service's when configured; revocation is our registry's to answer.</summary>
    private bool ChainsToTrustedCa(X509Certificate2 signer, DateTimeOffset signingTime) =>
        SignatureTrustAnchors.Chains(signer, authority.Certificate, new X509Certificate2Collection(), signingTime)
        || (anchors?.CloudCa is { } cloudCa && SignatureTrustAnchors.Chains(signer, cloudCa, new X509Certificate2Collection(), signingTime));

    private static EmbeddedSignatureCheck Broken(string problem) => new(EmbeddedSignatureState.Broken, Problem: problem);

    /// <summary>[a b c d] after /ByteRange: whitespace, four integers of at most ten digits.</summary>
    private static bool TryReadRange(byte[] pdf, int at, out (int, int, int, int) range)
    {
        range = default;
        var end = Math.Min(pdf.Length, at + 80);
        var text = Encoding.ASCII.GetString(pdf, at, end - at);
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = text.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open || text[..open].Trim().Length > 0)
        {
            return false;
        }

        var parts = text[(open + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var numbers = new int[4];
        if (parts.Length != 4 || parts.Any(p => p.Length > 10))
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        range = (numbers[0], numbers[1], numbers[2], numbers[3]);
        return true;
    }

    /// <summary>The hex string's bytes up to the end of the DER value it holds (the rest is the placeholder's zero padding).</summary>
    private static bool TryDecodeHex(ReadOnlySpan<byte> hex, out byte[] der)
    {
        der = [];
        if (hex.Length % 2 != 0)
        {
            return false;
        }

        var bytes = new byte[hex.Length / 2];
        if (Convert.FromHexString(Encoding.ASCII.GetString(hex), bytes, out _, out var written) != OperationStatus.Done)
        {
            return false;
        }

        try
        {
            AsnDecoder.ReadEncodedValue(bytes.AsSpan(0, written), AsnEncodingRules.BER, out _, out _, out var consumed);
            der = bytes[..consumed];
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
