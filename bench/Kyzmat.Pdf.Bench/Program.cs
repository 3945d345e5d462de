// The application document's two PDF operations — rendering it («Катышуу үчүн арыз түзүү») and stamping the visible
// signature on it (the code confirmed) — one after another on one thread, with CPU time and bytes allocated per
// document. Baseline of the same run: a document of one short line with the same fonts (what any PDF costs us).
// The signing phase does what confirming the code does since decision 0006's PAdES: the stamp as a signature field's
// appearance, then the CMS (ECDSA P-256, certificate from a CA made for the run) over the byte ranges.
// Usage: dotnet run -c Release --project bench/Kyzmat.Pdf.Bench [-- --documents 300]
using System.Diagnostics;
using System.Globalization;
using Kyzmat.Recruitment.Applications;
using System.Security.Cryptography;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Recruitment.Signatures.Pki;
using Kyzmat.Pdf.Bench;

var documents = args.Length > 1 && args[0] == "--documents" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var content = SampleContent.Application();
var tiny = SampleContent.OneLine();

Measure("warm-up", 50, () => ApplicationDocumentRenderer.Render(content), quiet: true);
Measure("warm-up", 50, () => ApplicationDocumentRenderer.Render(tiny), quiet: true);
var baseline = Measure("baseline: one-line document", documents, () => ApplicationDocumentRenderer.Render(tiny));
var unsigned = ApplicationDocumentRenderer.Render(content);
var render = Measure("render the application", documents, () => ApplicationDocumentRenderer.Render(content));
var stamp = Measure("stamp the signature", documents, () =>
    SignatureStamp.Apply(unsigned, "ky", "Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", DateTimeOffset.UtcNow, new string('a', 64)));
using var authority = new IssuingAuthority(IssuingAuthority.Generate(DateTimeOffset.UtcNow), new Uri("https://kyzmat.example.kg/"), TimeSpan.FromDays(730));
using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
using var credential = new PdfSigningCredential(
    authority.Issue("Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", key.ExportSubjectPublicKeyInfo(), DateTimeOffset.UtcNow), key, [authority.Certificate]);
Measure("warm-up", 50, () => SignPades(unsigned, credential), quiet: true);
var pades = Measure("stamp and sign (PAdES)", documents, () => SignPades(unsigned, credential));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PAdES signing costs {pades.CpuMs - stamp.CpuMs:F2} ms CPU more than the stamp alone ({pades.CpuMs / stamp.CpuMs:F1}×)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratios to the baseline: render {render.CpuMs / baseline.CpuMs:F1}×, stamp {stamp.CpuMs / baseline.CpuMs:F1}× CPU; "
    + $"render {render.AllocatedKb / baseline.AllocatedKb:F1}×, stamp {stamp.AllocatedKb / baseline.AllocatedKb:F1}× allocated; "
    + $"unsigned {unsigned.Length / 1024d:F0} KB"));

static byte[] SignPades(byte[] unsigned, PdfSigningCredential credential)
{
    var stamped = SignatureStamp.Apply(unsigned, "ky", "Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", DateTimeOffset.UtcNow, new string('a', 64), withSignatureField: true);
    return PdfSignaturePlaceholder.FillAsync(stamped, bytes => CadesSignedData.SignAsync(bytes, credential)).GetAwaiter().GetResult();
}

static Figures Measure(string name, int count, Func<byte[]> operation, bool quiet = false)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    long bytes = 0;
    for (var i = 0; i < count; i++)
    {
        bytes += operation().Length;
    }

    var figures = new Figures(
        (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count,
        (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024d / count);
    if (!quiet)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-30} {figures.CpuMs,7:F2} ms CPU {figures.AllocatedKb,9:F0} KB allocated per document ({bytes / 1024d / count:F0} KB out)"));
    }

    return figures;
}

internal sealed record Figures(double CpuMs, double AllocatedKb);
