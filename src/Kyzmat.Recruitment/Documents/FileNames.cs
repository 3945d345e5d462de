using System.Text;

namespace Kyzmat.Recruitment.Documents;

public static class FileNames
{
    public const int MaxLength = 120;

    /// <summary>
    /// A name safe to store and to send back: no folders, no control or path characters, no leading dots,
    /// at most <see cref="MaxLength"/> characters, with the extension the content really has.
    /// </summary>
    public static string Sanitise(string? original, DocumentFormat format)
    {
        var name = Path.GetFileNameWithoutExtension((original ?? "").Replace('\\', '/').Split('/')[^1]);
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            safe.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')' ? c : '_');
        }

        var stem = safe.ToString().Trim().TrimStart('.').Trim();
        if (stem.Length == 0)
        {
            stem = "document";
        }

        var extension = format switch
        {
            DocumentFormat.Pdf => ".pdf",
            DocumentFormat.Jpeg => ".jpg",
            _ => ".png",
        };
        return (stem.Length > MaxLength - extension.Length ? stem[..(MaxLength - extension.Length)] : stem) + extension;
    }
}
