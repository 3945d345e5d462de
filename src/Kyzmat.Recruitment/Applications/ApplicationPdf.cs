using System.Security.Cryptography;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// The application document's bytes, unsigned or signed. Kept in the database beside the application so that
/// making, replacing and signing it commit with the step that does it.
/// </summary>
public sealed class ApplicationPdf
{
    public Guid ApplicationId { get; init; }

    public required ApplicationPdfKind Kind { get; init; }

    public byte[] Content { get; private set; } = [];

    /// <summary>SHA-256 of <see cref="Content"/>, hex.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public void Replace(byte[] content, DateTimeOffset now)
    {
        Content = content;
        Sha256 = HexSha256(content);
        CreatedAt = now;
    }

    public static string HexSha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
