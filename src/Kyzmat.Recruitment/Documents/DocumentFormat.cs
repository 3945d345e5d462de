namespace Kyzmat.Recruitment.Documents;

/// <summary>The formats a citizen may upload, recognised by content (magic bytes), never by name.</summary>
public enum DocumentFormat
{
    Pdf = 1,
    Jpeg = 2,
    Png = 3,
}
