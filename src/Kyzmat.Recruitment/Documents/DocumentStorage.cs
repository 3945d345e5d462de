namespace Kyzmat.Recruitment.Documents;

/// <summary>
/// The installation's document storage: new files go to the configured store (<see cref="DocumentOptions.Store"/>);
/// a key says where its file is, so files stored before a change of store (or by earlier versions, on disk) stay
/// readable.
/// </summary>
public sealed class DocumentStorage(DatabaseDocumentStorage database, FileSystemDocumentStorage fileSystem, DocumentStore store)
    : IDocumentStorage
{
    public Task<string> SaveAsync(Stream content, CancellationToken cancellationToken) =>
        (store == DocumentStore.Database ? (IDocumentStorage)database : fileSystem).SaveAsync(content, cancellationToken);

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Holding(key).OpenReadAsync(key, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        Holding(key).DeleteAsync(key, cancellationToken);

    private IDocumentStorage Holding(string key) =>
        key.StartsWith(DatabaseDocumentStorage.KeyPrefix, StringComparison.Ordinal) ? database : fileSystem;
}

public enum DocumentStore
{
    /// <summary>In the database (the default): nothing to share between hosts but the database.</summary>
    Database,

    /// <summary>Under <see cref="DocumentOptions.FileSystemPath"/>: with several hosts, a volume they all mount.</summary>
    FileSystem,
}
