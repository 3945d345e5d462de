using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// Counts the search's vacancies per state body, region, position group, salary band and deadline window, so that a
/// citizen sees «Финансы министрлиги (12)». Each dimension is counted without its own filter (the others apply), so
/// picking one body still shows what the other bodies would add. The dimensions without a filter of their own are
/// counted by one query grouped by body, group, band and window together (at most a few hundred cells, summed here);
/// a dimension with its own filter set, and the regions (through the offices), take a query each.
/// </summary>
public sealed class VacancyFacetSearch(KyzmatDbContext db, VacancySearch search, TimeProvider clock, SearchCaches? caches = null)
{
    private static readonly VacancyFacet[] OnTheRow = [VacancyFacet.StateBody, VacancyFacet.Group, VacancyFacet.SalaryBand, VacancyFacet.DeadlineWindow];

    public async Task<VacancyFacets> CountAsync(VacancySearchCriteria criteria, CancellationToken cancellationToken = default)
    {
        var text = await search.TextAsync(criteria.Text, cancellationToken);
        var (counts, byRegion) = await search.CatalogueAsync(criteria, text, cancellationToken, forFacets: true) is var (catalogue, matches)
            ? InCatalogue(catalogue, matches, new CatalogueFilter(criteria, clock.GetUtcNow(), catalogue.RegionBits))
            : await InDatabaseAsync(criteria, cancellationToken);

        var reference = caches is null ? null : await caches.ReferenceAsync(db, cancellationToken);
        var bodyIds = counts[VacancyFacet.StateBody].Keys.Select(Guid.Parse).ToList();
        var bodyNames = reference is not null && bodyIds.All(reference.StateBodies.ContainsKey)
            ? bodyIds.ToDictionary(id => id.ToString(), id => reference.StateBodies[id].Name)
            : await db.StateBodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id.ToString(), b => b.Name, cancellationToken);
        var regionCodes = byRegion.Keys.ToList();
        var regionNames = reference is not null && regionCodes.All(reference.Regions.ContainsKey)
            ? regionCodes.ToDictionary(code => code, code => reference.Regions[code].Name)
            : await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);

        return new VacancyFacets(
            [.. counts[VacancyFacet.StateBody].Select(b => new FacetCount(b.Key, b.Value, bodyNames.GetValueOrDefault(b.Key))).OrderByDescending(f => f.Count).ThenBy(f => f.Label?.Ky, StringComparer.Ordinal)],
            [.. byRegion.Select(r => new FacetCount(r.Key, r.Value, regionNames.GetValueOrDefault(r.Key))).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            [.. counts[VacancyFacet.Group].OrderBy(g => Enum.Parse<PositionGroup>(g.Key)).Select(g => new FacetCount(g.Key, g.Value))],
            [.. counts[VacancyFacet.SalaryBand].OrderBy(s => Enum.Parse<SalaryBand>(s.Key)).Select(s => new FacetCount(s.Key, s.Value))],
            [.. counts[VacancyFacet.DeadlineWindow].OrderBy(d => Enum.Parse<DeadlineWindow>(d.Key)).Select(d => new FacetCount(d.Key, d.Value))]);
    }

    /// <summary>
    /// One pass over the catalogue (or the text's matches in it): a vacancy counts in a dimension when it passes every
    /// filter but that dimension's own.
    /// </summary>
    private static (Dictionary<VacancyFacet, Dictionary<string, int>> Counts, Dictionary<string, int> ByRegion) InCatalogue(
        OpenVacancyCatalogue catalogue, TextMatches? matches, CatalogueFilter filter)
    {
        var bodies = new Dictionary<Guid, int>();
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<PositionGroup, int>();
        var bands = new Dictionary<SalaryBand, int>();
        var windows = new Dictionary<DeadlineWindow, int>();
        var count = matches?.Positions.Length ?? catalogue.Count;
        for (var i = 0; i < count; i++)
        {
            ref readonly var entry = ref catalogue.Entries[matches?.Positions[i] ?? i];
            if (!filter.PassesUnfaceted(in entry))
            {
                continue;
            }

            var (body, region, group, band, window) = (filter.InBodies(in entry), filter.InRegions(in entry), filter.InGroups(in entry), filter.InBands(in entry), filter.InWindows(in entry));
            if (region && group && band && window)
            {
                Add(bodies, entry.StateBodyId);
            }

            if (body && group && band && window)
            {
                foreach (var code in entry.RegionCodes)
                {
                    Add(regions, code);
                }
            }

            if (body && region && band && window)
            {
                Add(groups, entry.Group);
            }

            if (body && region && group && window)
            {
                Add(bands, CatalogueFilter.BandOf(in entry));
            }

            if (body && region && group && band)
            {
                Add(windows, filter.WindowOf(in entry));
            }
        }

        var counts = new Dictionary<VacancyFacet, Dictionary<string, int>>
        {
            [VacancyFacet.StateBody] = bodies.ToDictionary(b => b.Key.ToString(), b => b.Value, StringComparer.Ordinal),
            [VacancyFacet.Group] = groups.ToDictionary(g => g.Key.ToString(), g => g.Value, StringComparer.Ordinal),
            [VacancyFacet.SalaryBand] = bands.ToDictionary(b => b.Key.ToString(), b => b.Value, StringComparer.Ordinal),
            [VacancyFacet.DeadlineWindow] = windows.ToDictionary(w => w.Key.ToString(), w => w.Value, StringComparer.Ordinal),
        };
        return (counts, regions);
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>The counts by grouped queries: the dimensions without a filter of their own in one, each other dimension and the regions in one each.</summary>
    private async Task<(Dictionary<VacancyFacet, Dictionary<string, int>> Counts, Dictionary<string, int> ByRegion)> InDatabaseAsync(
        VacancySearchCriteria criteria, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<VacancyFacet, Dictionary<string, int>>();
        var unfiltered = OnTheRow.Where(f => !HasFilter(criteria, f)).ToList();
        if (unfiltered.Count > 0)
        {
            var cells = await CellsAsync(criteria, VacancyFacet.None, cancellationToken);
            foreach (var facet in unfiltered)
            {
                counts[facet] = Sum(cells, facet);
            }
        }

        foreach (var facet in OnTheRow.Except(unfiltered))
        {
            counts[facet] = Sum(await CellsAsync(criteria, facet, cancellationToken), facet);
        }

        var byRegion = await (await search.RankedAsync(criteria, VacancyFacet.Region, cancellationToken))
            .Join(db.Set<Dictionary<string, object>>("vacancy_offices"), r => r.Vacancy.Id, vo => EF.Property<Guid>(vo, "VacancyId"), (r, vo) => new { r.Vacancy.Id, OfficeId = EF.Property<Guid>(vo, "OfficeId") })
            .Join(db.Offices, x => x.OfficeId, o => o.Id, (x, o) => new { o.RegionCode, VacancyId = x.Id })
            .Distinct()
            .GroupBy(x => x.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        return (counts, byRegion);
    }

    /// <summary>The search's vacancies (without the filter of <paramref name="except"/>) counted per body, group, band and window.</summary>
    private async Task<List<FacetCell>> CellsAsync(VacancySearchCriteria criteria, VacancyFacet except, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (d3, d7, d30) = (now.AddDays(3), now.AddDays(7), now.AddDays(30));
        return await (await search.RankedAsync(criteria, except, cancellationToken))
            .GroupBy(r => new
            {
                r.Vacancy.StateBodyId,
                r.Vacancy.Group,
                Band = r.Vacancy.SalaryMax < 20000 ? SalaryBand.Below20000
                    : r.Vacancy.SalaryMax < 40000 ? SalaryBand.From20000To40000
                    : r.Vacancy.SalaryMax < 60000 ? SalaryBand.From40000To60000
                    : SalaryBand.From60000,
                Window = r.Vacancy.Deadline < d3 ? DeadlineWindow.Within3Days
                    : r.Vacancy.Deadline < d7 ? DeadlineWindow.Within7Days
                    : r.Vacancy.Deadline < d30 ? DeadlineWindow.Within30Days
                    : DeadlineWindow.Later,
            })
            .Select(g => new FacetCell(g.Key.StateBodyId, g.Key.Group, g.Key.Band, g.Key.Window, g.Count()))
            .ToListAsync(cancellationToken);
    }

    private static Dictionary<string, int> Sum(List<FacetCell> cells, VacancyFacet facet) =>
        cells.GroupBy(c => facet switch
            {
                VacancyFacet.StateBody => c.StateBodyId.ToString(),
                VacancyFacet.Group => c.Group.ToString(),
                VacancyFacet.SalaryBand => c.Band.ToString(),
                _ => c.Window.ToString(),
            }, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);

    private static bool HasFilter(VacancySearchCriteria criteria, VacancyFacet facet) => facet switch
    {
        VacancyFacet.StateBody => criteria.StateBodyIds is { Count: > 0 },
        VacancyFacet.Group => criteria.Groups is { Count: > 0 },
        VacancyFacet.SalaryBand => criteria.SalaryBands is { Count: > 0 },
        _ => criteria.DeadlineWindows is { Count: > 0 },
    };

    private sealed record FacetCell(Guid StateBodyId, PositionGroup Group, SalaryBand Band, DeadlineWindow Window, int Count);
}
