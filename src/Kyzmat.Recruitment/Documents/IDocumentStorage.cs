namespace Kyzmat.Recruitment.Documents;

/// <summary>Where uploaded files' content lives (local disk by default; object storage could follow).</summary>
public interface IDocumentStorage
{
    /// <summary>Stores the content and returns its key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
