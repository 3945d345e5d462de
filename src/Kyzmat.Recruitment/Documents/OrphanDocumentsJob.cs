using Kyzmat.Workflows.Persistence;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Documents;

/// <summary>
/// The daily job that deletes uploads nothing refers to once they are older than <see cref="DocumentOptions.OrphanAfter"/>
/// (a day): not the profile's photo, not an education or work entry, and not named in any of the owner's applications
/// (an application keeps the documents its snapshot names, whatever the profile says since), and not referred to by a
/// process instance's variables (a Camunda form's filepicker, decision 0105). The row goes first, then the
/// file, so a crash in between leaves at worst a file without a row, never a row without its file.
/// </summary>
public sealed class OrphanDocumentsJob(KyzmatDbContext db, IDocumentStorage storage, IOptions<DocumentOptions> options, TimeProvider clock)
{
    public const string Id = "documents-delete-orphans";

    /// <summary>Every day at 03:45 in Bishkek (21:45 UTC).</summary>
    public const string Schedule = "45 21 * * *";

    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.Value.OrphanAfter;
        var candidates = await db.Documents.AsNoTracking()
            .Where(d => d.UploadedAt < before
                && !db.Profiles.Any(p => p.PhotoDocumentId == d.Id)
                && !db.Educations.Any(e => e.DocumentId == d.Id)
                && !db.WorkExperiences.Any(w => w.DocumentId == d.Id))
            .OrderBy(d => d.UploadedAt).Take(Batch)
            .Select(d => new { d.Id, d.OwnerId, d.StorageKey })
            .ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var owner in candidates.GroupBy(d => d.OwnerId))
        {
            var snapshots = await db.Applications.AsNoTracking().Where(a => a.CitizenId == owner.Key && a.SnapshotJson != null)
                .Select(a => a.SnapshotJson!).ToListAsync(cancellationToken);
            foreach (var document in owner.Where(d => !snapshots.Any(s => s.Contains(d.Id.ToString(), StringComparison.OrdinalIgnoreCase))))
            {
                // Attached again since it was read: keep it. A form's filepicker keeps its documents in process variables, which
                // hold the id as Guid.ToString() writes it (FormDocumentReferences).
                var reference = document.Id.ToString();
                var removed = await db.Documents.Where(d => d.Id == document.Id
                        && !db.Profiles.Any(p => p.PhotoDocumentId == d.Id)
                        && !db.Educations.Any(e => e.DocumentId == d.Id)
                        && !db.WorkExperiences.Any(w => w.DocumentId == d.Id)
                        && !db.Set<WorkflowInstanceRecord>().Any(i => i.VariablesJson.Contains(reference) || i.TokensJson.Contains(reference)))
                    .ExecuteDeleteAsync(cancellationToken);
                if (removed == 1)
                {
                    await storage.DeleteAsync(document.StorageKey, cancellationToken);
                    deleted++;
                }
            }
        }

        return deleted;
    }
}
