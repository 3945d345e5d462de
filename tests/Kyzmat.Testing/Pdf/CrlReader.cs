using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Xunit;

namespace Kyzmat.Testing.Pdf;

/// <summary>Reads a DER CRL with the openssl command line, which also checks its signature against the CA.</summary>
public static partial class CrlReader
{
    public static List<string> RevokedSerials(byte[] crl, X509Certificate2 ca)
    {
        var folder = Directory.CreateTempSubdirectory("kyzmat-crl-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "list.crl"), crl);
            File.WriteAllText(Path.Combine(folder, "ca.pem"), ca.ExportCertificatePem());
            var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            foreach (var argument in new[] { "crl", "-inform", "DER", "-in", "list.crl", "-CAfile", "ca.pem", "-noout", "-text" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && error.Contains("verify OK", StringComparison.Ordinal), $"openssl crl: {output}{error}");
            return SerialLine().Matches(output).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"Serial Number: ([0-9A-Fa-f]+)")]
    private static partial Regex SerialLine();
}
