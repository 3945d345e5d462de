using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Loading;

/// <summary>The batch loaders of one request, over its database context.</summary>
public sealed class KyzmatLoaders(KyzmatDbContext db)
{
    private BatchLoader<Guid, StateBody>? _stateBodies;
    private BatchLoader<Guid, List<Office>>? _officesOfVacancy;
    private BatchLoader<Guid, List<Office>>? _officesOfStateBody;
    private BatchLoader<string, Region>? _regions;

    public BatchLoader<Guid, StateBody> StateBodies => _stateBodies ??= new(async (ids, ct) =>
        await db.StateBodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct));

    public BatchLoader<Guid, List<Office>> OfficesOfVacancy => _officesOfVacancy ??= new(async (ids, ct) =>
    {
        var rows = await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id))
            .SelectMany(v => v.Offices.Select(o => new { VacancyId = v.Id, Office = o }))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.VacancyId).ToDictionary(g => g.Key, g => g.Select(r => r.Office).OrderBy(o => o.Code, StringComparer.Ordinal).ToList());
    });

    public BatchLoader<Guid, List<Office>> OfficesOfStateBody => _officesOfStateBody ??= new(async (ids, ct) =>
    {
        var offices = await db.Offices.AsNoTracking().Where(o => ids.Contains(o.StateBodyId)).OrderBy(o => o.Code).ToListAsync(ct);
        return offices.GroupBy(o => o.StateBodyId).ToDictionary(g => g.Key, g => g.ToList());
    });

    public BatchLoader<string, Region> Regions => _regions ??= new(async (codes, ct) =>
        await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct));
}
