using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request, over its database context. State bodies, offices and regions come from the
/// process's reference cache (<see cref="SearchCaches"/>; a few hundred rows, read again after a change), so a page of
/// vacancies asks the database only for which offices each has.
/// </summary>
public sealed class KyzmatLoaders(KyzmatDbContext db, SearchCaches caches)
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
        await FromReferenceAsync(ids, r => r.Offices, missing => db.Offices.AsNoTracking().Where(o => missing.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct), ct));

    public BatchLoader<Guid, StateBody> StateBodies => _stateBodies ??= new(async (ids, ct) =>
        await FromReferenceAsync(ids, r => r.StateBodies, missing => db.StateBodies.AsNoTracking().Where(b => missing.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct), ct));

    /// <summary>A vacancy's offices: which ones from the catalogue of open vacancies where it is there, else from the database.</summary>
    public BatchLoader<Guid, List<Office>> OfficesOfVacancy => _officesOfVacancy ??= new(async (ids, ct) =>
    {
        var catalogue = caches.CurrentCatalogue;
        var pairs = ids.SelectMany(id => catalogue?.OfficeIdsOf(id)?.Select(officeId => new { VacancyId = id, OfficeId = officeId }) ?? []).ToList();
        var unknown = ids.Where(id => catalogue?.OfficeIdsOf(id) is null).ToList();
        if (unknown.Count > 0)
        {
            pairs.AddRange(await db.Set<Dictionary<string, object>>("vacancy_offices").AsNoTracking()
                .Where(vo => unknown.Contains(EF.Property<Guid>(vo, "VacancyId")))
                .Select(vo => new { VacancyId = EF.Property<Guid>(vo, "VacancyId"), OfficeId = EF.Property<Guid>(vo, "OfficeId") })
                .ToListAsync(ct));
        }

        var offices = await FromReferenceAsync(
            pairs.Select(p => p.OfficeId).Distinct().ToList(), r => r.Offices,
            missing => db.Offices.AsNoTracking().Where(o => missing.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct), ct);
        var byVacancy = pairs.Where(p => offices.ContainsKey(p.OfficeId)).ToLookup(p => p.VacancyId, p => offices[p.OfficeId]);
        return ids.ToDictionary(id => id, id => byVacancy[id].OrderBy(o => o.Code, StringComparer.Ordinal).ToList());
    });

    public BatchLoader<Guid, List<VacancyAmendment>> AmendmentsOfVacancy => _amendmentsOfVacancy ??= new(async (ids, ct) =>
    {
        var amendments = await db.VacancyAmendments.AsNoTracking().Where(a => ids.Contains(a.VacancyId)).OrderBy(a => a.At).ToListAsync(ct);
        return ids.ToDictionary(id => id, id => amendments.Where(a => a.VacancyId == id).ToList());
    });

    public BatchLoader<Guid, List<Office>> OfficesOfStateBody => _officesOfStateBody ??= new(async (ids, ct) =>
    {
        var reference = await caches.ReferenceAsync(db, ct);
        if (ids.All(reference.StateBodies.ContainsKey))
        {
            return ids.ToDictionary(id => id, id => reference.OfficesOfStateBody[id].ToList());
        }

        var offices = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.StateBodyId)).OrderBy(o => o.Code).ToListAsync(ct);
        return offices.GroupBy(o => o.StateBodyId).ToDictionary(g => g.Key, g => g.ToList());
    });

    /// <summary>The regions are a handful of rows, kept with the reference data.</summary>
    public BatchLoader<string, Region> Regions => _regions ??= new(async (ids, ct) =>
        await FromReferenceAsync(ids, r => r.Regions, missing => db.Regions.AsNoTracking().Where(r => missing.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct), ct));

    /// <summary>
    /// The rows from the reference cache; those it lacks (added by another host since it was read) from the database.
    /// </summary>
    private async Task<IDictionary<TKey, TValue>> FromReferenceAsync<TKey, TValue>(
        IReadOnlyCollection<TKey> ids, Func<SearchCaches.ReferenceData, IReadOnlyDictionary<TKey, TValue>> of,
        Func<List<TKey>, Task<Dictionary<TKey, TValue>>> load, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var cached = of(await caches.ReferenceAsync(db, cancellationToken));
        var found = new Dictionary<TKey, TValue>(ids.Count);
        var missing = new List<TKey>();
        foreach (var id in ids)
        {
            if (cached.TryGetValue(id, out var value))
            {
                found[id] = value;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (id, value) in await load(missing))
            {
                found[id] = value;
            }
        }

        return found;
    }
}
