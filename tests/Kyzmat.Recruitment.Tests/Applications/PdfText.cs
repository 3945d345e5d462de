using System.Diagnostics;

namespace Kyzmat.Recruitment.Tests.Applications;

/// <summary>The text a PDF reader sees, extracted by poppler's pdftotext (Debian's poppler-utils; CI installs it).</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", $"-enc UTF-8 \"{file}\" -") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "pdftotext failed: " + await process.StandardError.ReadToEndAsync());
            // Words, not layout: line breaks fall wherever the page width puts them.
            return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("pdftotext is not installed (apt-get install poppler-utils).");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
