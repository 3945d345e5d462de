namespace Kyzmat.Workflows.Forms;

/// <summary>An <c>accept</c> list as a browser's file input reads it: extensions (".pdf"), types ("application/pdf") and "image/*".</summary>
internal static class FileAccept
{
    public static bool Allows(string accept, string fileName, string contentType) =>
        accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(entry =>
            entry.StartsWith('.')
                ? fileName.EndsWith(entry, StringComparison.OrdinalIgnoreCase) || (IsJpeg(entry) && IsJpeg(Path.GetExtension(fileName)))
                : entry.EndsWith("/*", StringComparison.Ordinal)
                    ? contentType.StartsWith(entry[..^1], StringComparison.OrdinalIgnoreCase)
                    : string.Equals(entry, contentType, StringComparison.OrdinalIgnoreCase));

    private static bool IsJpeg(string extension) =>
        extension.Equals(".jpg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase);
}
