namespace Kyzmat.Recruitment.Documents;

/// <summary>
/// Files under <c>&lt;root&gt;/yyyy/MM/&lt;random&gt;</c>; keys never come from users. With several hosts the root must be
/// a volume they all mount.
/// </summary>
public sealed class FileSystemDocumentStorage(string root, TimeProvider clock) : IDocumentStorage
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The key points outside the storage.", nameof(key));
    }
}
