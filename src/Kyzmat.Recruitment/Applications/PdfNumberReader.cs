using PdfSharp.Pdf.IO;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Reads the number the renderer put in a PDF's Info dictionary with PDFsharp's reader. Runs only through
/// <see cref="PdfCheckGate"/>, which bounds it in time and concurrency; tests stand in a slow reader here.
/// </summary>
public class PdfNumberReader
{
    /// <summary>The application number; null when it is not a readable PDF of ours.</summary>
    public virtual string? Read(byte[] pdf)
    {
        try
        {
            using var stream = new MemoryStream(pdf, writable: false);
            using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
            return document.Info.Elements.GetString(ApplicationDocumentRenderer.NumberKey);
        }
#pragma warning disable CA1031 // Whatever a hostile or broken file makes the PDF reader throw, the answer is "unknown".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
