using Kyzmat.Recruitment.Applications.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Writes flowing text onto A4 pages top to bottom, starting a new page when one is full.</summary>
internal sealed class PdfComposer : IDisposable
{
    private const double Margin = 56;
    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private double _y = Margin;

    public PdfComposer(PdfDocument document)
    {
        EmbeddedFontResolver.EnsureInstalled();
        _document = document;
        _graphics = XGraphics.FromPdfPage(NewPage());
    }

    private static XFont Regular(double size) => new(EmbeddedFontResolver.Family, size, XFontStyleEx.Regular);

    private static XFont Bold(double size) => new(EmbeddedFontResolver.Family, size, XFontStyleEx.Bold);

    private double Width => _graphics.PageSize.Width - 2 * Margin;

    public void Heading(string text) => Write(text, Bold(14), XParagraphAlignment.Center, after: 10);

    public void Subheading(string text) => Write(text, Bold(11), XParagraphAlignment.Left, after: 4, before: 8);

    public void Paragraph(string text, double size = 10.5) => Write(text, Regular(size), XParagraphAlignment.Justify, after: 6);

    public void RightAligned(string text) => Write(text, Regular(10.5), XParagraphAlignment.Right, after: 6);

    public void Line(string label, string value) => Write($"{label}: {value}", Regular(10.5), XParagraphAlignment.Left, after: 2);

    /// <summary>
    /// Deflate at its fastest. Most of a document's bytes are its embedded font subsets, and PDFsharp's default level
    /// took about 40 % of rendering and stamping (measured 4.9 → 3.0 ms to render, 6.5 → 3.5 ms to stamp) for files a
    /// fifth smaller (51 KB instead of 62 KB unsigned, 94 KB instead of 115 KB signed).
    /// </summary>
    public static void UseFastCompression(PdfDocument document) => document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

    /// <summary>Where the visible signature goes: a framed block across the bottom of the page, one line of 12 pt per line.</summary>
    public static XRect StampBox(double pageWidth, double pageHeight, int lineCount)
    {
        var height = lineCount * 12 + 12;
        return new XRect(Margin, pageHeight - Margin - height, pageWidth - 2 * Margin, height);
    }

    /// <summary>The visible signature's frame and lines, drawn into <paramref name="box"/>.</summary>
    public static void FramedBlock(XGraphics graphics, XRect box, IReadOnlyList<string> lines)
    {
        EmbeddedFontResolver.EnsureInstalled();
        var font = Regular(8.5);
        graphics.DrawRectangle(new XPen(XColors.DarkBlue, 1), box);
        var formatter = new XTextFormatter(graphics);
        for (var i = 0; i < lines.Count; i++)
        {
            formatter.DrawString(lines[i], i == 0 ? Regular(9) : font, XBrushes.DarkBlue, new XRect(box.X + 8, box.Y + 6 + i * 12, box.Width - 16, 12));
        }
    }

    private void Write(string text, XFont font, XParagraphAlignment alignment, double after, double before = 0)
    {
        var lines = EstimateLines(text, font);
        var height = lines * font.GetHeight() + 2;
        _y += before;
        if (_y + height > _graphics.PageSize.Height - Margin - 80)
        {
            _graphics.Dispose();
            _graphics = XGraphics.FromPdfPage(NewPage());
            _y = Margin;
        }

        var formatter = new XTextFormatter(_graphics) { Alignment = alignment };
        formatter.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, Width, height), XStringFormats.TopLeft);
        _y += height + after;
    }

    private int EstimateLines(string text, XFont font)
    {
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var words = paragraph.Split(' ');
            var current = 0.0;
            lines++;
            foreach (var word in words)
            {
                var width = _graphics.MeasureString(word + " ", font).Width;
                if (current + width > Width && current > 0)
                {
                    lines++;
                    current = 0;
                }

                current += width;
            }
        }

        return lines;
    }

    private PdfPage NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }

    public void Dispose() => _graphics.Dispose();
}
