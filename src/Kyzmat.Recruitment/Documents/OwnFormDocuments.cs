using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Forms;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Documents;

/// <summary>A filepicker may hand in only documents the person completing the task uploaded (decision 0105).</summary>
public sealed class OwnFormDocuments(KyzmatDbContext db) : IFormDocuments
{
    public async Task<IReadOnlyDictionary<Guid, FormDocument>> FindOwnedAsync(string userId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (!Guid.TryParse(userId, out var ownerId) || ids.Count == 0)
        {
            return new Dictionary<Guid, FormDocument>();
        }

        var documents = await db.Documents.AsNoTracking().Where(d => d.OwnerId == ownerId && ids.Contains(d.Id)).ToListAsync(ct);
        return documents.ToDictionary(d => d.Id, d => new FormDocument(d.Id, d.FileName, d.ContentType, d.SizeBytes));
    }
}
