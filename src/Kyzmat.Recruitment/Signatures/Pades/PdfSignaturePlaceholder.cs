using System.Globalization;
using System.Text;
using PdfSharp.Pdf;

namespace Kyzmat.Recruitment.Signatures.Pades;

/// <summary>
/// The signature dictionary's /ByteRange and /Contents, written as fixed-width placeholders by PDFsharp and filled
/// in afterwards: the byte range is measured in the saved file, the CMS computed over it and hex-encoded into the
/// gap (PDFsharp 6.2's own signing writes only <c>adbe.pkcs7.detached</c> and signs synchronously, decision 0006).
/// </summary>
public static class PdfSignaturePlaceholder
{
    /// <summary>Room for the CMS: a P-256 signature with two certificates is about 1.5 KB; a time-stamp token adds 2–5 KB.</summary>
    public const int ContentsBytes = 8 * 1024;

    private const string ByteRangeMark = "[0 0000000000 0000000000 0000000000]";

    public static PdfLiteral ByteRange() => new(ByteRangeMark);

    public static PdfLiteral Contents() => new("<" + new string('0', ContentsBytes * 2) + ">");

    /// <summary>Fills the placeholders of <paramref name="prepared"/> in place and returns it, signed.</summary>
    /// <param name="sign">Makes the CMS over the signed bytes (the file without the /Contents value).</param>
    public static async Task<byte[]> FillAsync(byte[] prepared, Func<byte[], Task<byte[]>> sign)
    {
        var rangeAt = IndexOf(prepared, ByteRangeMark, 0);
        var contentsAt = rangeAt < 0 ? -1 : IndexOf(prepared, "/Contents", rangeAt);
        if (contentsAt < 0)
        {
            throw new InvalidOperationException("The prepared PDF has no signature placeholder.");
        }

        var gapStart = contentsAt + "/Contents".Length;
        while (prepared[gapStart] is (byte)' ' or (byte)'\r' or (byte)'\n')
        {
            gapStart++;
        }

        var gapEnd = gapStart + ContentsBytes * 2 + 2;
        if (prepared[gapStart] != (byte)'<' || gapEnd > prepared.Length || prepared[gapEnd - 1] != (byte)'>')
        {
            throw new InvalidOperationException("The signature placeholder was not written as reserved.");
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"[0 {gapStart} {gapEnd} {prepared.Length - gapEnd}]").PadRight(ByteRangeMark.Length);
        Encoding.ASCII.GetBytes(range, prepared.AsSpan(rangeAt));

        var signed = new byte[prepared.Length - (gapEnd - gapStart)];
        prepared.AsSpan(0, gapStart).CopyTo(signed);
        prepared.AsSpan(gapEnd).CopyTo(signed.AsSpan(gapStart));
        var cms = await sign(signed);
        if (cms.Length > ContentsBytes)
        {
            throw new InvalidOperationException($"The signature ({cms.Length} bytes) does not fit the {ContentsBytes} bytes reserved.");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(cms), prepared.AsSpan(gapStart + 1));
        return prepared;
    }

    private static int IndexOf(byte[] haystack, string needle, int from) =>
        haystack.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(needle)) is var at and >= 0 ? from + at : -1;
}
