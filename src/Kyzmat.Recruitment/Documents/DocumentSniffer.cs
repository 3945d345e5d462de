namespace Kyzmat.Recruitment.Documents;

/// <summary>Tells a file's format from its first bytes.</summary>
public static class DocumentSniffer
{
    public const int BytesNeeded = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static DocumentFormat? Recognise(ReadOnlySpan<byte> head) =>
        head.StartsWith(Pdf) ? DocumentFormat.Pdf
        : head.StartsWith(Png) ? DocumentFormat.Png
        : head.StartsWith(Jpeg) ? DocumentFormat.Jpeg
        : null;
}
