namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// The criteria's filters over <see cref="OpenVacancyCatalogue"/> entries: the same conditions as
/// <see cref="VacancyFilters"/> (open now, body, regions, group, salary, bands, deadline windows, publication),
/// each dimension testable apart so that facets can leave their own out.
/// </summary>
internal sealed class CatalogueFilter
{
    private readonly long _now;
    private readonly long _in3Days;
    private readonly long _in7Days;
    private readonly long _in30Days;
    private readonly HashSet<Guid>? _bodies;
    private readonly HashSet<string>? _regions;
    private readonly HashSet<PositionGroup>? _groups;
    private readonly HashSet<SalaryBand>? _bands;
    private readonly HashSet<DeadlineWindow>? _windows;
    private readonly decimal? _salaryFrom;
    private readonly long? _publishedAfter;
    private readonly long? _publishedUntil;
    private readonly long? _deadlineBefore;

    public CatalogueFilter(VacancySearchCriteria criteria, DateTimeOffset now)
    {
        _now = now.UtcTicks;
        (_in3Days, _in7Days, _in30Days) = (now.AddDays(3).UtcTicks, now.AddDays(7).UtcTicks, now.AddDays(30).UtcTicks);
        _bodies = criteria.StateBodyIds is { Count: > 0 } bodies ? [.. bodies] : null;
        _regions = criteria.RegionCodes is { Count: > 0 } regions ? new HashSet<string>(regions, StringComparer.Ordinal) : null;
        _groups = criteria.Groups is { Count: > 0 } groups ? [.. groups] : null;
        _bands = criteria.SalaryBands is { Count: > 0 } bands ? [.. bands] : null;
        _windows = criteria.DeadlineWindows is { Count: > 0 } windows ? [.. windows] : null;
        _salaryFrom = criteria.SalaryFrom;
        _publishedAfter = criteria.PublishedAfter?.UtcTicks;
        _publishedUntil = criteria.PublishedUntil?.UtcTicks;
        _deadlineBefore = criteria.DeadlineBefore?.UtcTicks;
    }

    /// <summary>Whether the catalogue can answer these criteria: the public search of open vacancies (not HR's lists by status).</summary>
    public static bool Answers(VacancySearchCriteria criteria) => criteria.Statuses is null && criteria.OpenOnly;

    public bool HasFilter(VacancyFacet facet) => facet switch
    {
        VacancyFacet.StateBody => _bodies is not null,
        VacancyFacet.Region => _regions is not null,
        VacancyFacet.Group => _groups is not null,
        VacancyFacet.SalaryBand => _bands is not null,
        VacancyFacet.DeadlineWindow => _windows is not null,
        _ => false,
    };

    /// <summary>Every filter but the facet's own.</summary>
    public bool Passes(CatalogueEntry entry, VacancyFacet except = VacancyFacet.None) =>
        PassesUnfaceted(entry)
        && (except == VacancyFacet.StateBody || InBodies(entry))
        && (except == VacancyFacet.Region || InRegions(entry))
        && (except == VacancyFacet.Group || InGroups(entry))
        && (except == VacancyFacet.SalaryBand || InBands(entry))
        && (except == VacancyFacet.DeadlineWindow || InWindows(entry));

    /// <summary>The filters no facet leaves out: still open, salary from, publication and deadline bounds.</summary>
    public bool PassesUnfaceted(CatalogueEntry entry) =>
        entry.DeadlineTicks >= _now
        && (_salaryFrom is not { } from || entry.SalaryMax >= from)
        && (_publishedAfter is not { } after || entry.PublishedAtTicks > after)
        && (_publishedUntil is not { } until || entry.PublishedAtTicks <= until)
        && (_deadlineBefore is not { } before || entry.DeadlineTicks <= before);

    public bool InBodies(CatalogueEntry entry) => _bodies is null || _bodies.Contains(entry.StateBodyId);

    public bool InRegions(CatalogueEntry entry)
    {
        if (_regions is null)
        {
            return true;
        }

        foreach (var region in entry.RegionCodes)
        {
            if (_regions.Contains(region))
            {
                return true;
            }
        }

        return false;
    }

    public bool InGroups(CatalogueEntry entry) => _groups is null || _groups.Contains(entry.Group);

    public bool InBands(CatalogueEntry entry) => _bands is null || _bands.Contains(BandOf(entry));

    public bool InWindows(CatalogueEntry entry) => _windows is null || _windows.Contains(WindowOf(entry));

    public static SalaryBand BandOf(CatalogueEntry entry) => entry.SalaryMax switch
    {
        < 20000 => SalaryBand.Below20000,
        < 40000 => SalaryBand.From20000To40000,
        < 60000 => SalaryBand.From40000To60000,
        _ => SalaryBand.From60000,
    };

    public DeadlineWindow WindowOf(CatalogueEntry entry) =>
        entry.DeadlineTicks < _in3Days ? DeadlineWindow.Within3Days
        : entry.DeadlineTicks < _in7Days ? DeadlineWindow.Within7Days
        : entry.DeadlineTicks < _in30Days ? DeadlineWindow.Within30Days
        : DeadlineWindow.Later;

    /// <summary>Whether the entry comes after the cursor in the cursor's sort (as <c>VacancySearch.After</c> says it in SQL).</summary>
    public static bool After(CatalogueEntry entry, double rank, VacancyCursor cursor) => cursor.Sort switch
    {
        VacancySort.Relevance => rank < cursor.Rank || (rank == cursor.Rank && string.CompareOrdinal(entry.Code, cursor.Code) > 0),
        VacancySort.Deadline => entry.DeadlineTicks > cursor.Moment.UtcTicks
            || (entry.DeadlineTicks == cursor.Moment.UtcTicks && string.CompareOrdinal(entry.Code, cursor.Code) > 0),
        VacancySort.Salary => entry.SalaryMax < cursor.Amount || (entry.SalaryMax == cursor.Amount && string.CompareOrdinal(entry.Code, cursor.Code) < 0),
        _ => entry.PublishedAtTicks < cursor.Moment.UtcTicks
            || (entry.PublishedAtTicks == cursor.Moment.UtcTicks && string.CompareOrdinal(entry.Code, cursor.Code) < 0),
    };
}
