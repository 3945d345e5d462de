namespace Kyzmat.Workflows.Forms;

/// <summary>The engine on its own: no documents, so a filepicker's references are all refused.</summary>
public sealed class NoFormDocuments : IFormDocuments
{
    public Task<IReadOnlyDictionary<Guid, FormDocument>> FindOwnedAsync(string userId, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, FormDocument>>(new Dictionary<Guid, FormDocument>());
}
