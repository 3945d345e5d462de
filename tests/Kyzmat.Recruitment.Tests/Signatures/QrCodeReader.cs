using System.Diagnostics;
using System.Text;
using ZXing;
using ZXing.Common;

namespace Kyzmat.Recruitment.Tests.Signatures;

/// <summary>Renders a PDF's last page with poppler's pdftoppm (grey PGM) and reads the QR code on it with ZXing.</summary>
internal static class QrCodeReader
{
    public static async Task<string?> ReadLastPageAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("kyzmat-qr-").FullName;
        try
        {
            var file = Path.Combine(folder, "document.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, WorkingDirectory = folder };
            // Our applications have one or two pages; the stamp is on the last, so it is the one rendered.
            var pages = await PageCountAsync(file);
            foreach (var argument in new[] { "-gray", "-r", "150", "-singlefile", "-f", pages, "-l", pages, "document.pdf", "page" })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start)!)
            {
                await process.WaitForExitAsync();
                Assert.Equal(0, process.ExitCode);
            }

            var (width, height, pixels) = ReadPgm(await File.ReadAllBytesAsync(Path.Combine(folder, "page.pgm")));
            var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
            var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object>
            {
                [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
                [DecodeHintType.TRY_HARDER] = true,
            });
            return result?.Text;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> PageCountAsync(string file)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true };
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var info = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim();
    }

    /// <summary>Binary PGM (P5, 8 bits): header of four tokens, then one byte a pixel.</summary>
    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] pgm)
    {
        var tokens = new List<string>();
        var at = 0;
        while (tokens.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            var from = at;
            while (!char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            tokens.Add(Encoding.ASCII.GetString(pgm, from, at - from));
        }

        Assert.Equal("P5", tokens[0]);
        var width = int.Parse(tokens[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(tokens[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, pgm[(at + 1)..(at + 1 + width * height)]);
    }
}
