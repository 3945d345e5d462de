using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Documents;

/// <summary>
/// Files in the <c>document_contents</c> table: every host reads what any host stored, and the database's backups
/// and replication cover them. Uploads are at most <see cref="DocumentOptions.MaxBytes"/>, so one is held in memory.
/// Its own database context, so that the caller's tracked entities and the file's bytes never meet.
/// </summary>
public sealed class DatabaseDocumentStorage(IServiceScopeFactory scopes) : IDocumentStorage
{
    public const string KeyPrefix = "db:";

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var key = KeyPrefix + Guid.CreateVersion7().ToString("N");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        db.DocumentContents.Add(new DocumentContent { Key = key, Content = buffer.ToArray() });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var content = await db.DocumentContents.AsNoTracking().Where(c => c.Key == key).Select(c => c.Content)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new FileNotFoundException("No stored content has that key.", key);
        return new MemoryStream(content, writable: false);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        await db.DocumentContents.Where(c => c.Key == key).ExecuteDeleteAsync(cancellationToken);
    }
}
