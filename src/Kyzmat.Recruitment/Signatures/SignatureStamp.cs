using System.Globalization;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Signatures.Pades;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// Adds the visible signature block (signer, masked PIN, time, document hash) to the last page of a PDF: as the
/// appearance of a PAdES signature field whose /Contents is still to be filled (<see cref="PdfSignaturePlaceholder"/>),
/// or, for a provider that signs only hashes, as plain page content.
/// </summary>
public static class SignatureStamp
{
    private static readonly TimeSpan BishkekOffset = TimeSpan.FromHours(6);

    /// <param name="verifyUrl">The public page that checks this application (<c>…/verify/AR-…</c>): printed and as a QR code.</param>
    public static byte[] Apply(
        byte[] unsignedPdf, string language, string signer, string pin, DateTimeOffset signedAt, string documentSha256Hex, bool withSignatureField = false,
        Uri? verifyUrl = null)
    {
        string T(LocalizedText text) => text.In(language);
        using var input = new MemoryStream(unsignedPdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        PdfComposer.UseFastCompression(document);
        var page = document.Pages[document.PageCount - 1];
        string[] lines =
        [
            T(ApplicationTexts.SignedBy),
            $"{T(ApplicationTexts.Signer)}: {signer}, {T(ApplicationTexts.Pin)} {MaskPin(pin)}",
            $"{T(ApplicationTexts.SignedAt)}: {signedAt.ToOffset(BishkekOffset).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture)} (UTC+6)",
            $"{T(ApplicationTexts.DocumentHash)}:",
            documentSha256Hex,
            .. verifyUrl is null ? Array.Empty<string>() : [$"{T(ApplicationTexts.VerifyAt)}: {verifyUrl.AbsoluteUri}"],
        ];
        var box = PdfComposer.StampBox(page.Width.Point, page.Height.Point, lines.Length);
        void Draw(XGraphics graphics, XRect area)
        {
            if (verifyUrl is null)
            {
                PdfComposer.FramedBlock(graphics, area, lines);
                return;
            }

            // The QR code beside the block, as tall as it; the block gives up that width.
            var qr = new XRect(area.Right - area.Height, area.Y, area.Height, area.Height);
            PdfComposer.FramedBlock(graphics, new XRect(area.X, area.Y, area.Width - area.Height - 4, area.Height), lines);
            PdfQrCode.Draw(graphics, verifyUrl.AbsoluteUri, qr);
        }

        if (withSignatureField)
        {
            PdfSignatureField.Add(document, page, box, signedAt, graphics => Draw(graphics, new XRect(0, 0, box.Width, box.Height)));
        }
        else
        {
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            Draw(graphics, box);
        }

        // The stamp adds about as much again as the document had (its own font subsets), the signature field its
        // reserved /Contents: sized so the stream grows once at most.
        using var output = new MemoryStream(unsignedPdf.Length * 2 + (withSignatureField ? PdfSignaturePlaceholder.ContentsBytes * 2 : 0) + 16 * 1024);
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>224*******2345: enough to recognise, not enough to misuse.</summary>
    public static string MaskPin(string pin) => pin.Length == 14 ? pin[..3] + new string('*', 7) + pin[^4..] : "**************";
}
