using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// The citizen lookup every step of the application path makes, compiled once per model (decision 0011).
/// </summary>
public static class CitizenQueries
{
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<Citizen?>>> ById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid id, CancellationToken _) => db.Citizens.AsNoTracking().SingleOrDefault(c => c.Id == id)));

    /// <summary>The citizen, untracked; null when there is none.</summary>
    public static Task<Citizen?> FindAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) => ById.For(db)(db, id, cancellationToken);

    /// <summary>The citizen, untracked, who must exist (the caller holds their id from a row that refers to them).</summary>
    public static async Task<Citizen> GetAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) =>
        await ById.For(db)(db, id, cancellationToken) ?? throw new InvalidOperationException($"Citizen {id} does not exist.");
}
