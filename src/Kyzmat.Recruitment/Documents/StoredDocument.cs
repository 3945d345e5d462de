namespace Kyzmat.Recruitment.Documents;

/// <summary>A file a citizen uploaded (a diploma, a work-book page, a photo), kept behind <see cref="IDocumentStorage"/>.</summary>
public sealed class StoredDocument
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OwnerId { get; init; }

    /// <summary>The name the citizen's file had, made safe to show and to offer for download.</summary>
    public required string FileName { get; init; }

    public required DocumentFormat Format { get; init; }

    public long SizeBytes { get; init; }

    /// <summary>SHA-256 of the content, hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Where the storage keeps the content; meaningful to the storage only.</summary>
    public required string StorageKey { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public string ContentType => Format switch
    {
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Jpeg => "image/jpeg",
        _ => "image/png",
    };
}
