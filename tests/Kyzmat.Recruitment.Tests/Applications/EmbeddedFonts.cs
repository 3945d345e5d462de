using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Kyzmat.Recruitment.Tests.Applications;

/// <summary>
/// The TrueType font subsets a PDF embeds (<c>/FontFile2</c> streams), read far enough to tell whether a composite
/// glyph — Ы drawn as Ь plus І — has every part it is drawn from. A part left out of the subset prints as nothing.
/// </summary>
internal static partial class EmbeddedFonts
{
    /// <summary>Per embedded font: the composite glyphs that refer to a glyph the subset left empty or out.</summary>
    public static IReadOnlyList<string> CompositesWithMissingParts(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf); // one char per byte: indexes in the text are offsets in the file
        var fonts = FontFileReference().Matches(text).Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(fonts);
        var findings = new List<string>();
        foreach (var objectNumber in fonts)
        {
            var font = Inflate(StreamOf(pdf, text, objectNumber));
            findings.AddRange(MissingParts(font).Select(glyph => $"font object {objectNumber}: glyph {glyph}"));
        }

        return findings;
    }

    private static byte[] StreamOf(byte[] pdf, string text, string objectNumber)
    {
        var start = text.IndexOf($"\n{objectNumber} 0 obj", StringComparison.Ordinal);
        Assert.True(start >= 0, $"object {objectNumber} not found");
        var dictionaryEnd = text.IndexOf("stream", start, StringComparison.Ordinal);
        var lengthMatch = StreamLength().Match(text, start, dictionaryEnd - start);
        Assert.True(lengthMatch.Success, $"object {objectNumber} has no direct /Length");
        var length = int.Parse(lengthMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var data = dictionaryEnd + "stream".Length;
        data += text[data] == '\r' ? 2 : 1;
        return pdf.AsSpan(data, length).ToArray();
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static IEnumerable<int> MissingParts(byte[] font)
    {
        var tables = Tables(font);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"] + 4));
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"] + 50)) == 1;
        int Offset(int glyph) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(tables["loca"] + glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["loca"] + glyph * 2)) * 2;
        bool IsEmpty(int glyph) => glyph >= glyphCount || Offset(glyph + 1) == Offset(glyph);

        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            if (IsEmpty(glyph))
            {
                continue;
            }

            var at = tables["glyf"] + Offset(glyph);
            if (BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(at)) >= 0)
            {
                continue; // a simple glyph: its own outline
            }

            if (CompositeParts(font, at + 10).Any(IsEmpty))
            {
                yield return glyph;
            }
        }
    }

    private static IEnumerable<int> CompositeParts(byte[] font, int at)
    {
        const int ArgumentsAreWords = 0x1, Scale = 0x8, MoreComponents = 0x20, XAndYScale = 0x40, TwoByTwo = 0x80;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
            yield return BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 2));
            at += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2)
                + ((flags & Scale) != 0 ? 2 : (flags & XAndYScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0);
        }
        while ((flags & MoreComponents) != 0);
    }

    private static Dictionary<string, int> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            tables[Encoding.ASCII.GetString(font, record, 4)] = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
        }

        return tables;
    }

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFileReference();

    [GeneratedRegex(@"/Length\s+(\d+)\b(?!\s+\d+\s+R)")]
    private static partial Regex StreamLength();
}
