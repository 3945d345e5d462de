using System.Formats.Asn1;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>ECDSA signatures travel as IEEE P1363 (r ‖ s, the cloud protocol's form); CMS carries the DER SEQUENCE { r, s }.</summary>
public static class EcdsaSignatureEncoding
{
    public static byte[] P1363ToDer(byte[] p1363)
    {
        if (p1363.Length == 0 || p1363.Length % 2 != 0)
        {
            throw new SignatureServiceException($"An ECDSA signature of {p1363.Length} bytes is not r ‖ s.");
        }

        var half = p1363.Length / 2;
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteIntegerUnsigned(Minimal(p1363.AsSpan(0, half)));
            writer.WriteIntegerUnsigned(Minimal(p1363.AsSpan(half)));
        }

        return writer.Encode();
    }

    /// <summary>Without leading zero bytes (DER's minimal form), but at least one byte.</summary>
    private static ReadOnlySpan<byte> Minimal(ReadOnlySpan<byte> value) =>
        value.TrimStart((byte)0) is { IsEmpty: false } trimmed ? trimmed : value[^1..];
}
