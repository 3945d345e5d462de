using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// Counts the search's vacancies per state body, region, position group, salary band and deadline window, so that a
/// citizen sees «Финансы министрлиги (12)». Each dimension is counted without its own filter (the others apply), so
/// picking one body still shows what the other bodies would add. One grouped query per dimension.
/// </summary>
public sealed class VacancyFacetSearch(KyzmatDbContext db, VacancySearch search, TimeProvider clock)
{
    public async Task<VacancyFacets> CountAsync(VacancySearchCriteria criteria, CancellationToken cancellationToken = default)
    {
        var byBody = await (await search.RankedAsync(criteria, VacancyFacet.StateBody, cancellationToken))
            .GroupBy(r => r.Vacancy.StateBodyId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var bodyIds = byBody.Select(b => b.Key).ToList();
        var bodyNames = await db.StateBodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);

        var byRegion = await (await search.RankedAsync(criteria, VacancyFacet.Region, cancellationToken))
            .Join(db.Set<Dictionary<string, object>>("vacancy_offices"), r => r.Vacancy.Id, vo => EF.Property<Guid>(vo, "VacancyId"), (r, vo) => new { r.Vacancy.Id, OfficeId = EF.Property<Guid>(vo, "OfficeId") })
            .Join(db.Offices, x => x.OfficeId, o => o.Id, (x, o) => new { o.RegionCode, VacancyId = x.Id })
            .Distinct()
            .GroupBy(x => x.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var regionCodes = byRegion.Select(r => r.Key).ToList();
        var regionNames = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);

        var byGroup = await (await search.RankedAsync(criteria, VacancyFacet.Group, cancellationToken))
            .GroupBy(r => r.Vacancy.Group).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var bySalary = await (await search.RankedAsync(criteria, VacancyFacet.SalaryBand, cancellationToken))
            .GroupBy(r => r.Vacancy.SalaryMax < 20000 ? SalaryBand.Below20000
                : r.Vacancy.SalaryMax < 40000 ? SalaryBand.From20000To40000
                : r.Vacancy.SalaryMax < 60000 ? SalaryBand.From40000To60000
                : SalaryBand.From60000)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var (d3, d7, d30) = (now.AddDays(3), now.AddDays(7), now.AddDays(30));
        var byDeadline = await (await search.RankedAsync(criteria, VacancyFacet.DeadlineWindow, cancellationToken))
            .GroupBy(r => r.Vacancy.Deadline < d3 ? DeadlineWindow.Within3Days
                : r.Vacancy.Deadline < d7 ? DeadlineWindow.Within7Days
                : r.Vacancy.Deadline < d30 ? DeadlineWindow.Within30Days
                : DeadlineWindow.Later)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        return new VacancyFacets(
            [.. byBody.Select(b => new FacetCount(b.Key.ToString(), b.Count, bodyNames.GetValueOrDefault(b.Key))).OrderByDescending(f => f.Count).ThenBy(f => f.Label?.Ky, StringComparer.Ordinal)],
            [.. byRegion.Select(r => new FacetCount(r.Key, r.Count, regionNames.GetValueOrDefault(r.Key))).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            [.. byGroup.OrderBy(g => g.Key).Select(g => new FacetCount(g.Key.ToString(), g.Count))],
            [.. bySalary.OrderBy(s => s.Key).Select(s => new FacetCount(s.Key.ToString(), s.Count))],
            [.. byDeadline.OrderBy(d => d.Key).Select(d => new FacetCount(d.Key.ToString(), d.Count))]);
    }
}
