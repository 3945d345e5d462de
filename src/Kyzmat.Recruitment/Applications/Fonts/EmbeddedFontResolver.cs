using PdfSharp.Fonts;

namespace Kyzmat.Recruitment.Applications.Fonts;

/// <summary>
/// Gives PDFsharp the one font Kyzmat's documents use, DejaVu Sans (regular and bold), embedded in this assembly:
/// it covers the Kyrgyz letters ң ө ү, and a server needs no fonts installed.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "Kyzmat Sans";

    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    private static readonly object Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "kyzmat-bold" : "kyzmat-regular", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == "kyzmat-bold" ? Bold.Value : Regular.Value;

    private static byte[] Load(string file)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
