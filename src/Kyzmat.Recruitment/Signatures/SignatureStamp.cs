using System.Globalization;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>Adds the visible signature block (signer, masked PIN, time, document hash) to the last page of a PDF.</summary>
public static class SignatureStamp
{
    private static readonly TimeSpan BishkekOffset = TimeSpan.FromHours(6);

    public static byte[] Apply(byte[] unsignedPdf, string language, string signer, string pin, DateTimeOffset signedAt, string documentSha256Hex)
    {
        string T(LocalizedText text) => text.In(language);
        using var input = new MemoryStream(unsignedPdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        PdfComposer.UseFastCompression(document);
        var page = document.Pages[document.PageCount - 1];
        using (var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
        {
            PdfComposer.FramedBlock(graphics,
            [
                T(ApplicationTexts.SignedBy),
                $"{T(ApplicationTexts.Signer)}: {signer}, {T(ApplicationTexts.Pin)} {MaskPin(pin)}",
                $"{T(ApplicationTexts.SignedAt)}: {signedAt.ToOffset(BishkekOffset).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture)} (UTC+6)",
                $"{T(ApplicationTexts.DocumentHash)}:",
                documentSha256Hex,
            ]);
        }

        // The stamp adds about as much again as the document had (its own font subsets): sized so the stream grows once at most.
        using var output = new MemoryStream(unsignedPdf.Length * 2 + 16 * 1024);
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>224*******2345: enough to recognise, not enough to misuse.</summary>
    public static string MaskPin(string pin) => pin.Length == 14 ? pin[..3] + new string('*', 7) + pin[^4..] : "**************";
}
