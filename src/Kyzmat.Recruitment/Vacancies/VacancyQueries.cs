using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>The vacancy lookups of the application path, compiled once per model (decision 0011).</summary>
public static class VacancyQueries
{
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<Vacancy?>>> WithStateBodyById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid id, CancellationToken _) =>
            db.Vacancies.AsNoTracking().Include(v => v.StateBody).SingleOrDefault(v => v.Id == id)));

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<Vacancy?>>> ById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid id, CancellationToken _) => db.Vacancies.AsNoTracking().SingleOrDefault(v => v.Id == id)));

    /// <summary>The vacancy, untracked; null when there is none.</summary>
    public static Task<Vacancy?> FindAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);

    /// <summary>The vacancy with its state body, untracked; null when there is none.</summary>
    public static Task<Vacancy?> FindWithStateBodyAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) =>
        WithStateBodyById.For(db)(db, id, cancellationToken);
}
