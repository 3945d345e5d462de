using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// A reviewer never acts on their own application: the application's citizen (one account per PIN) is the reviewer.
/// Tasks are tied to applications by their business key, the application's id.
/// </summary>
internal static class ConflictOfInterest
{
    /// <summary>Whether the task with <paramref name="businessKey"/> is an application of <paramref name="reviewerId"/>.</summary>
    public static async Task<bool> IsOwnAsync(KyzmatDbContext db, Guid reviewerId, string? businessKey, CancellationToken cancellationToken) =>
        Guid.TryParse(businessKey, out var applicationId)
        && await db.Applications.AnyAsync(a => a.Id == applicationId && a.CitizenId == reviewerId, cancellationToken);

    /// <summary>The business keys of the reviewer's own applications, to leave their tasks out of the reviewer's list.</summary>
    public static async Task<List<string>> OwnBusinessKeysAsync(KyzmatDbContext db, Guid reviewerId, CancellationToken cancellationToken) =>
        [.. (await db.Applications.AsNoTracking().Where(a => a.CitizenId == reviewerId).Select(a => a.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString())];
}
