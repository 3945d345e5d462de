using System.Security.Cryptography;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Documents;

/// <summary>
/// Accepts a citizen's upload: PDF, JPEG or PNG by content, within the size limit and the citizen's quota, never empty.
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

        await EnsureWithinQuotaAsync(ownerId, buffer.Length, includesThis: false, cancellationToken);
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

        try
        {
            // Uploads at the same moment each passed the check above: the one that finds itself over the quota now steps back.
            await EnsureWithinQuotaAsync(ownerId, 0, includesThis: true, cancellationToken);
        }
        catch (UserInputException)
        {
            db.Documents.Remove(document);
            await db.SaveChangesAsync(CancellationToken.None);
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return document;
    }

    private async Task EnsureWithinQuotaAsync(Guid ownerId, long adding, bool includesThis, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var kept = await db.Documents.AsNoTracking().Where(d => d.OwnerId == ownerId)
            .GroupBy(d => d.OwnerId).Select(g => new { Files = g.Count(), Bytes = g.Sum(d => d.SizeBytes) })
            .FirstOrDefaultAsync(cancellationToken);
        var files = (kept?.Files ?? 0) + (includesThis ? 0 : 1);
        var bytes = (kept?.Bytes ?? 0) + adding;
        if (files > limits.MaxFilesPerCitizen || bytes > limits.MaxBytesPerCitizen)
        {
            throw new UserInputException(UserErrorCodes.DocumentQuotaExceeded, limits.MaxFilesPerCitizen, limits.MaxBytesPerCitizen / (1024 * 1024));
        }
    }
}
