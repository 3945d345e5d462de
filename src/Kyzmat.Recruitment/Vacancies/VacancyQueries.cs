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

    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid[], IAsyncEnumerable<VacancyOffice>>> OfficesOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid[] ids) => db.Vacancies.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .SelectMany(v => v.Offices, (v, o) => new VacancyOffice(v.Id, o))));

    /// <summary>The vacancy, untracked; null when there is none.</summary>
    public static Task<Vacancy?> FindAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);

    /// <summary>The offices of these vacancies, by vacancy, ordered by code; a vacancy without offices is absent.</summary>
    public static async Task<Dictionary<Guid, List<Office>>> OfficesOfAsync(KyzmatDbContext db, IEnumerable<Guid> vacancyIds, CancellationToken cancellationToken)
    {
        var rows = await OfficesOf.For(db)(db, [.. vacancyIds]).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.VacancyId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Office).OrderBy(o => o.Code, StringComparer.Ordinal).ToList());
    }

    private sealed record VacancyOffice(Guid VacancyId, Office Office);

    /// <summary>The vacancy with its state body, untracked; null when there is none.</summary>
    public static Task<Vacancy?> FindWithStateBodyAsync(KyzmatDbContext db, Guid id, CancellationToken cancellationToken) =>
        WithStateBodyById.For(db)(db, id, cancellationToken);
}
