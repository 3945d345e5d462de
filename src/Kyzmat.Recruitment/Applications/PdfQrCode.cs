using PdfSharp.Drawing;
using QRCoder;

namespace Kyzmat.Recruitment.Applications;

/// <summary>A QR code drawn as vector squares (no image), quiet zone included, into a square area.</summary>
internal static class PdfQrCode
{
    public static void Draw(XGraphics graphics, string text, XRect area)
    {
        using var code = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = code.ModuleMatrix;
        var side = Math.Min(area.Width, area.Height);
        var module = side / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            // A run of dark modules in a row is one rectangle: a tenth of the drawing operations.
            for (var column = 0; column < matrix.Count; column++)
            {
                if (!matrix[row][column])
                {
                    continue;
                }

                var start = column;
                while (column + 1 < matrix.Count && matrix[row][column + 1])
                {
                    column++;
                }

                graphics.DrawRectangle(XBrushes.Black, area.X + start * module, area.Y + row * module, (column - start + 1) * module, module);
            }
        }
    }
}
