using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>The vacancy lookup of the application path, compiled once per model (decision 0011).</summary>
public static class VacancyQueries
{
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<Vacancy?>>> WithStateBodyById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid id, CancellationToken _) =>
            db.Vacancies.AsNoTracking().Include(v => v.StateBody).SingleOrDefault(v => v.Id == id)));

    /// <summary>The vacancy with its state body, untracked; null when there is none.</summary>
    public static Task<Vacancy?> FindWithStateBodyAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) =>
        WithStateBodyById.For(db)(db, id, cancellationToken);
}
