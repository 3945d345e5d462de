using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Loading;

/// <summary>The batch loaders of one request, over its database context.</summary>
public sealed class KyzmatLoaders(KyzmatDbContext db)
{
    private BatchLoader<Guid, StateBody>? _stateBodies;
    private BatchLoader<Guid, List<Office>>? _officesOfVacancy;
    private BatchLoader<Guid, List<Office>>? _officesOfStateBody;
    private BatchLoader<string, Region>? _regions;
    private BatchLoader<Guid, Vacancy>? _vacancies;
    private BatchLoader<Guid, Office>? _offices;
    private BatchLoader<Guid, List<VacancyAmendment>>? _amendmentsOfVacancy;
    private BatchLoader<Guid, string>? _citizenNames;

    /// <summary>A citizen's full name («А.А.Ж.»), for lists that name people (the personnel reserve).</summary>
    public BatchLoader<Guid, string> CitizenNames => _citizenNames ??= new(async (ids, ct) =>
        (await db.Citizens.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => string.Join(' ', new[] { c.Surname, c.Name, c.Patronymic }.Where(p => !string.IsNullOrEmpty(p)))));

    public BatchLoader<Guid, Vacancy> Vacancies => _vacancies ??= new(async (ids, ct) =>
        await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct));

    public BatchLoader<Guid, Office> Offices => _offices ??= new(async (ids, ct) =>
        await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct));

    public BatchLoader<Guid, StateBody> StateBodies => _stateBodies ??= new(async (ids, ct) =>
        await db.StateBodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct));

    public BatchLoader<Guid, List<Office>> OfficesOfVacancy => _officesOfVacancy ??= new(async (ids, ct) =>
    {
        var offices = await VacancyQueries.OfficesOfAsync(db, ids, ct);
        return ids.ToDictionary(id => id, id => offices.GetValueOrDefault(id) ?? []);
    });

    public BatchLoader<Guid, List<VacancyAmendment>> AmendmentsOfVacancy => _amendmentsOfVacancy ??= new(async (ids, ct) =>
    {
        var amendments = await db.VacancyAmendments.AsNoTracking().Where(a => ids.Contains(a.VacancyId)).OrderBy(a => a.At).ToListAsync(ct);
        return ids.ToDictionary(id => id, id => amendments.Where(a => a.VacancyId == id).ToList());
    });

    public BatchLoader<Guid, List<Office>> OfficesOfStateBody => _officesOfStateBody ??= new(async (ids, ct) =>
    {
        var offices = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.StateBodyId)).OrderBy(o => o.Code).ToListAsync(ct);
        return offices.GroupBy(o => o.StateBodyId).ToDictionary(g => g.Key, g => g.ToList());
    });

    /// <summary>The regions are a handful of rows: the first request loads them all, later levels ask nothing.</summary>
    public BatchLoader<string, Region> Regions => _regions ??= new(async (_, ct) =>
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, ct));
}
