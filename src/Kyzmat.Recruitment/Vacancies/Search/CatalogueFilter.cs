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
    private readonly ulong? _regionMask;
    private readonly long _groups;
    private readonly long _bands;
    private readonly long _windows;
    private readonly decimal? _salaryFrom;
    private readonly long? _publishedAfter;
    private readonly long? _publishedUntil;
    private readonly long? _deadlineBefore;

    /// <param name="regionBits">The catalogue's region bits, when it has them (<see cref="OpenVacancyCatalogue.RegionBits"/>).</param>
    public CatalogueFilter(VacancySearchCriteria criteria, DateTimeOffset now, Dictionary<string, int>? regionBits = null)
    {
        _now = now.UtcTicks;
        (_in3Days, _in7Days, _in30Days) = (now.AddDays(3).UtcTicks, now.AddDays(7).UtcTicks, now.AddDays(30).UtcTicks);
        _bodies = criteria.StateBodyIds is { Count: > 0 } bodies ? [.. bodies] : null;
        if (criteria.RegionCodes is { Count: > 0 } regions)
        {
            _regions = new HashSet<string>(regions, StringComparer.Ordinal);
            _regionMask = regionBits is null ? null : regions.Aggregate(0UL, (mask, code) => regionBits.TryGetValue(code, out var bit) ? mask | (1UL << bit) : mask);
        }

        _groups = Mask(criteria.Groups);
        _bands = Mask(criteria.SalaryBands);
        _windows = Mask(criteria.DeadlineWindows);
        _salaryFrom = criteria.SalaryFrom;
        _publishedAfter = criteria.PublishedAfter?.UtcTicks;
        _publishedUntil = criteria.PublishedUntil?.UtcTicks;
        _deadlineBefore = criteria.DeadlineBefore?.UtcTicks;
    }

    /// <summary>
    /// Whether the catalogue can answer these criteria: the public search of open vacancies — not HR's lists by status,
    /// and not the saved-search alerts (by publication moment), which must see every committed row, not a catalogue
    /// another host's change may not have reached yet.
    /// </summary>
    public static bool Answers(VacancySearchCriteria criteria) =>
        criteria.Statuses is null && criteria.OpenOnly && criteria.PublishedAfter is null && criteria.PublishedUntil is null;

    public bool HasFilter(VacancyFacet facet) => facet switch
    {
        VacancyFacet.StateBody => _bodies is not null,
        VacancyFacet.Region => _regions is not null,
        VacancyFacet.Group => _groups != 0,
        VacancyFacet.SalaryBand => _bands != 0,
        VacancyFacet.DeadlineWindow => _windows != 0,
        _ => false,
    };

    /// <summary>Every filter but the facet's own.</summary>
    public bool Passes(in CatalogueEntry entry, VacancyFacet except = VacancyFacet.None) =>
        PassesUnfaceted(entry)
        && (except == VacancyFacet.StateBody || InBodies(entry))
        && (except == VacancyFacet.Region || InRegions(entry))
        && (except == VacancyFacet.Group || InGroups(entry))
        && (except == VacancyFacet.SalaryBand || InBands(entry))
        && (except == VacancyFacet.DeadlineWindow || InWindows(entry));

    /// <summary>The filters no facet leaves out: still open, salary from, publication and deadline bounds.</summary>
    public bool PassesUnfaceted(in CatalogueEntry entry) =>
        entry.DeadlineTicks >= _now
        && (_salaryFrom is not { } from || entry.SalaryMax >= from)
        && (_publishedAfter is not { } after || entry.PublishedAtTicks > after)
        && (_publishedUntil is not { } until || entry.PublishedAtTicks <= until)
        && (_deadlineBefore is not { } before || entry.DeadlineTicks <= before);

    public bool InBodies(in CatalogueEntry entry) => _bodies is null || _bodies.Contains(entry.StateBodyId);

    public bool InRegions(in CatalogueEntry entry)
    {
        if (_regions is null)
        {
            return true;
        }

        if (_regionMask is { } mask)
        {
            return (entry.RegionMask & mask) != 0;
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

    public bool InGroups(in CatalogueEntry entry) => _groups == 0 || (_groups & Bit((int)entry.Group)) != 0;

    public bool InBands(in CatalogueEntry entry) => _bands == 0 || (_bands & Bit((int)BandOf(entry))) != 0;

    public bool InWindows(in CatalogueEntry entry) => _windows == 0 || (_windows & Bit((int)WindowOf(entry))) != 0;

    /// <summary>A value outside 0–62 (an undefined enum value a client sent) gets bit 63, which no entry has: it matches nothing, as in SQL.</summary>
    private static long Bit(int value) => value is >= 0 and < 63 ? 1L << value : 1L << 63;

    private static long Mask<TEnum>(IReadOnlyList<TEnum>? values)
        where TEnum : struct, Enum =>
        values is null ? 0 : values.Aggregate(0L, (mask, value) => mask | Bit(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));

    public static SalaryBand BandOf(in CatalogueEntry entry) => entry.SalaryMax switch
    {
        < 20000 => SalaryBand.Below20000,
        < 40000 => SalaryBand.From20000To40000,
        < 60000 => SalaryBand.From40000To60000,
        _ => SalaryBand.From60000,
    };

    public DeadlineWindow WindowOf(in CatalogueEntry entry) =>
        entry.DeadlineTicks < _in3Days ? DeadlineWindow.Within3Days
        : entry.DeadlineTicks < _in7Days ? DeadlineWindow.Within7Days
        : entry.DeadlineTicks < _in30Days ? DeadlineWindow.Within30Days
        : DeadlineWindow.Later;

    /// <summary>Whether the entry comes after the cursor in the cursor's sort (as <c>VacancySearch.After</c> says it in SQL).</summary>
    public static bool After(in CatalogueEntry entry, double rank, VacancyCursor cursor) => cursor.Sort switch
    {
        VacancySort.Relevance => rank < cursor.Rank || (rank == cursor.Rank && string.CompareOrdinal(entry.Code, cursor.Code) > 0),
        VacancySort.Deadline => entry.DeadlineTicks > cursor.Moment.UtcTicks
            || (entry.DeadlineTicks == cursor.Moment.UtcTicks && string.CompareOrdinal(entry.Code, cursor.Code) > 0),
        VacancySort.Salary => entry.SalaryMax < cursor.Amount || (entry.SalaryMax == cursor.Amount && string.CompareOrdinal(entry.Code, cursor.Code) < 0),
        _ => entry.PublishedAtTicks < cursor.Moment.UtcTicks
            || (entry.PublishedAtTicks == cursor.Moment.UtcTicks && string.CompareOrdinal(entry.Code, cursor.Code) < 0),
    };
}
