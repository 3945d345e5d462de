namespace Kyzmat.Workflows.Forms;

/// <summary>
/// The host's documents as a filepicker field refers to them: the engine knows nothing of uploads and asks here which of
/// the referenced ids a user may hand in. The default knows no documents, so every reference is refused.
/// </summary>
public interface IFormDocuments
{
    /// <summary>Of <paramref name="ids"/>, those that exist and that <paramref name="userId"/> uploaded.</summary>
    Task<IReadOnlyDictionary<Guid, FormDocument>> FindOwnedAsync(string userId, IReadOnlyCollection<Guid> ids, CancellationToken ct);
}
