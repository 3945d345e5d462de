using System.Security.Cryptography;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Documents;

/// <summary>
/// Accepts a citizen's upload: PDF, JPEG or PNG by content, within the size limit, never empty.
/// A refused upload leaves nothing behind (the bytes go to a temporary file first).
/// </summary>
public sealed class DocumentUploads(
    KyzmatDbContext db, IDocumentStorage storage, DataFolder dataFolder, IOptions<DocumentOptions> options, TimeProvider clock)
{
    public async Task<StoredDocument> UploadAsync(Guid ownerId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxBytes;
        var temporary = Path.Combine(dataFolder.Folder("tmp"), Guid.NewGuid().ToString("N"));
        await using var buffer = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new UserInputException(UserErrorCodes.DocumentTooLarge, maxBytes / (1024 * 1024));
            }

            sha.AppendData(chunk, 0, read);
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        if (buffer.Length == 0)
        {
            throw new UserInputException(UserErrorCodes.DocumentEmpty);
        }

        buffer.Position = 0;
        var head = new byte[DocumentSniffer.BytesNeeded];
        var headLength = await buffer.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var format = DocumentSniffer.Recognise(head.AsSpan(0, headLength))
            ?? throw new UserInputException(UserErrorCodes.DocumentFormatNotAllowed);

        buffer.Position = 0;
        var key = await storage.SaveAsync(buffer, cancellationToken);
        var document = new StoredDocument
        {
            OwnerId = ownerId,
            FileName = FileNames.Sanitise(fileName, format),
            Format = format,
            SizeBytes = buffer.Length,
            Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()),
            StorageKey = key,
            UploadedAt = clock.GetUtcNow(),
        };
        try
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return document;
    }
}
