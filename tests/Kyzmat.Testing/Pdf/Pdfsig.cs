using System.Diagnostics;
using Xunit;

namespace Kyzmat.Testing.Pdf;

/// <summary>
/// Poppler's <c>pdfsig</c> as an outside judge of a PDF's signatures, optionally with a temporary NSS database that
/// trusts one CA (<c>certutil</c>, Debian's libnss3-tools; CI installs both).
/// </summary>
public static class Pdfsig
{
    public static async Task<string> CheckAsync(byte[] pdf, byte[]? trustedCaDer = null)
    {
        var folder = Directory.CreateTempSubdirectory("kyzmat-pdfsig-").FullName;
        try
        {
            var file = Path.Combine(folder, "document.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var nss = Path.Combine(folder, "nss");
            Directory.CreateDirectory(nss);
            await RunAsync("certutil", ["-N", "-d", "sql:" + nss, "--empty-password"]);
            if (trustedCaDer is not null)
            {
                var ca = Path.Combine(folder, "ca.cer");
                await File.WriteAllBytesAsync(ca, trustedCaDer);
                await RunAsync("certutil", ["-A", "-d", "sql:" + nss, "-n", "kyzmat-ca", "-t", "C,C,C", "-i", ca]);
            }

            return (await RunAsync("pdfsig", ["-nssdir", "sql:" + nss, file], acceptExitCodes: [0, 1, 2, 3, 4])).Output;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, int[]? acceptExitCodes = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var text = await output + await error;
            Assert.True((acceptExitCodes ?? [0]).Contains(process.ExitCode), $"{program} exited {process.ExitCode}: {text}");
            return (process.ExitCode, text);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is not installed (apt-get install poppler-utils libnss3-tools).");
        }
    }
}
