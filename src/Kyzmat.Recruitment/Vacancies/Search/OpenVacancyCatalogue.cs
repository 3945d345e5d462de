using System.Collections.Concurrent;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// The published vacancies as the public search filters, sorts and counts them — body, regions, group, salary,
/// deadline, publication, code — held in memory per process and replaced when the search's data changes (decision
/// 0017). A filter page, its count and its facets are a pass over a few arrays here instead of three statements that
/// each visit thousands of index entries; only the page's own rows are then read from the database. The text
/// matches of a query are read once per catalogue and text (<see cref="MatchesAsync"/>).
/// Shared between requests: read, never change it.
/// </summary>
public sealed class OpenVacancyCatalogue
{
    /// <summary>A text matching more vacancies than this is searched in the database (its matches are not kept here).</summary>
    public const int MaxMatches = 20_000;

    /// <summary>
    /// Past this many kept matches (of all texts together), or <see cref="SearchCaches.MaxTexts"/> texts, the texts'
    /// matches start again empty: a flood of distinct texts costs memory once (~40 bytes per kept match).
    /// </summary>
    public const int MaxKeptMatches = 2_000_000;

    /// <summary>At most this many texts asked once are remembered (see <see cref="MatchesAsync"/>); then they are forgotten.</summary>
    public const int MaxSeenOnce = 100_000;

    /// <summary>Result cards are kept (see <see cref="TryCard"/>) up to this many characters of titles and duties (~64 MB).</summary>
    public const long MaxCardChars = 32_000_000;

    private readonly Dictionary<Guid, int> _indexOf;
    private readonly ConcurrentDictionary<string, TextMatches> _matches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, Vacancy> _cards = new();
    // By the key's hash: a collision only reads a text's matches at its first asking.
    private readonly ConcurrentDictionary<int, byte> _seenOnce = new();
    private int _keptMatches;
    private int _keptTexts;
    private int _seenOnceCount;
    private long _keptCardChars;

    private OpenVacancyCatalogue(CatalogueEntry[] entries, Dictionary<string, int>? regionBits, long version, DateTimeOffset at)
    {
        Entries = entries;
        RegionBits = regionBits;
        Version = version;
        At = at;
        _indexOf = new Dictionary<Guid, int>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            _indexOf[entries[i].Id] = i;
        }

        Newest = Sorted(entries, (a, b) => b.PublishedAtTicks != a.PublishedAtTicks ? b.PublishedAtTicks.CompareTo(a.PublishedAtTicks) : string.CompareOrdinal(b.Code, a.Code));
        ByDeadline = Sorted(entries, (a, b) => a.DeadlineTicks != b.DeadlineTicks ? a.DeadlineTicks.CompareTo(b.DeadlineTicks) : string.CompareOrdinal(a.Code, b.Code));
        BySalary = Sorted(entries, (a, b) => a.SalaryMax != b.SalaryMax ? b.SalaryMax.CompareTo(a.SalaryMax) : string.CompareOrdinal(b.Code, a.Code));
    }

    /// <summary>The entries in the order they were read; an entry's <see cref="CatalogueEntry.Position"/> is its index here.</summary>
    internal CatalogueEntry[] Entries { get; }

    /// <summary>
    /// The entries newest first, by closest deadline, by highest salary (ties as the database breaks them, by code):
    /// copies, so that a page walks memory in order (at 100,000 vacancies, following positions into
    /// <see cref="Entries"/> cost more than the filters).
    /// </summary>
    internal CatalogueEntry[] Newest { get; }

    internal CatalogueEntry[] ByDeadline { get; }

    internal CatalogueEntry[] BySalary { get; }

    /// <summary>Each region's bit in <see cref="CatalogueEntry.RegionMask"/>; null when there are more than 64 regions (then codes are compared).</summary>
    internal Dictionary<string, int>? RegionBits { get; }

    /// <summary>The <see cref="SearchDataChanges"/> version it was read at.</summary>
    public long Version { get; }

    public DateTimeOffset At { get; }

    public int Count => Entries.Length;

    /// <summary>Reads every published vacancy whose deadline has not passed: two statements (the vacancies, their offices' regions).</summary>
    public static async Task<OpenVacancyCatalogue> ReadAsync(KyzmatDbContext db, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Vacancies.AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.Deadline >= now)
            .Select(v => new { v.Id, v.Code, v.StateBodyId, v.Group, v.SalaryMax, v.Deadline, v.PublishedAt })
            .ToListAsync(cancellationToken);
        var offices = (await (
                    from v in db.Vacancies.AsNoTracking()
                    where v.Status == VacancyStatus.Published && v.Deadline >= now
                    join link in db.Set<Dictionary<string, object>>("vacancy_offices").AsNoTracking() on v.Id equals EF.Property<Guid>(link, "VacancyId")
                    join office in db.Offices.AsNoTracking() on EF.Property<Guid>(link, "OfficeId") equals office.Id
                    select new { VacancyId = v.Id, OfficeId = office.Id, office.RegionCode })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.VacancyId);
        var codes = offices.SelectMany(o => o).Select(o => o.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var regionBits = codes.Count <= 64 ? codes.Select((code, bit) => (code, bit)).ToDictionary(c => c.code, c => c.bit, StringComparer.Ordinal) : null;
        var entries = rows.Select((r, position) =>
            {
                var regions = offices[r.Id].Select(o => o.RegionCode).Distinct(StringComparer.Ordinal).ToArray();
                var mask = regionBits is null ? 0UL : regions.Aggregate(0UL, (m, code) => m | (1UL << regionBits[code]));
                return new CatalogueEntry(
                    position, r.Id, r.Code, r.StateBodyId, r.Group, r.SalaryMax, r.Deadline.UtcTicks, r.PublishedAt?.UtcTicks ?? 0,
                    mask, regions, [.. offices[r.Id].Select(o => o.OfficeId)]);
            })
            .ToArray();
        return Of(entries, regionBits, version, now);
    }

    internal static OpenVacancyCatalogue Of(CatalogueEntry[] entries, Dictionary<string, int>? regionBits, long version, DateTimeOffset at) =>
        new(entries, regionBits, version, at);

    /// <summary>
    /// The vacancies of this catalogue that the text matches, best first, read by <paramref name="read"/> the first time
    /// (at most <see cref="MaxMatches"/> + 1 of them); null when the text matches more than <see cref="MaxMatches"/>, or
    /// when the catalogue is larger than that and the text is asked for the first time.
    /// </summary>
    /// <param name="atOnce">Read them even the first time (facets: the database counts every match anyway, at more cost).</param>
    internal async Task<TextMatches?> MatchesAsync(string key, Func<int, Task<List<VacancyMatch>>> read, bool atOnce = false)
    {
        if (_matches.TryGetValue(key, out var kept))
        {
            return kept.TooMany ? null : kept;
        }

        // Reading a text's matches costs in proportion to how many there are, the database search is bounded (a count to
        // 1,000 and the title matches): in a large catalogue a text is searched in the database the first time it is
        // asked and its matches read only when it is asked again (bench journal, 2026-12-07: at 100,000, 25 ms of
        // PostgreSQL per text read against 18 ms searched). In a catalogue no text can overflow (the matches are read
        // among the vacancies open when it was), they are read at once.
        if (Count > MaxMatches && !atOnce)
        {
            if (Interlocked.Increment(ref _seenOnceCount) > MaxSeenOnce)
            {
                _seenOnce.Clear();
                Interlocked.Exchange(ref _seenOnceCount, 0);
            }

            if (_seenOnce.TryAdd(StringComparer.Ordinal.GetHashCode(key), 0))
            {
                return null;
            }
        }

        var matches = await read(MaxMatches + 1);
        var found = matches.Count > MaxMatches ? TextMatches.Broad : TextMatches.Of(this, matches);
        if (Interlocked.Add(ref _keptMatches, found.Positions.Length) > MaxKeptMatches || Interlocked.Increment(ref _keptTexts) > SearchCaches.MaxTexts)
        {
            Interlocked.Exchange(ref _keptTexts, 1);
            _matches.Clear();
            Interlocked.Exchange(ref _keptMatches, found.Positions.Length);
        }

        _matches[key] = found;
        return found.TooMany ? null : found;
    }

    internal bool TryIndexOf(Guid id, out int position) => _indexOf.TryGetValue(id, out position);

    /// <summary>The ids of the vacancy's offices, when it is in the catalogue.</summary>
    public IReadOnlyList<Guid>? OfficeIdsOf(Guid vacancyId) => _indexOf.TryGetValue(vacancyId, out var position) ? Entries[position].OfficeIds : null;

    /// <summary>
    /// The vacancy's result card (<see cref="VacancyColumns.Card"/>) as read since this catalogue was, so that a page of
    /// cards seen before needs no statement. Shared between requests: read, never change it.
    /// </summary>
    internal bool TryCard(Guid id, out Vacancy card) => _cards.TryGetValue(id, out card!);

    internal void KeepCard(Vacancy card)
    {
        var chars = card.Title.Ky.Length + card.Title.Ru.Length + (card.Title.En?.Length ?? 0)
            + card.Description.Ky.Length + card.Description.Ru.Length + (card.Description.En?.Length ?? 0);
        if (_indexOf.ContainsKey(card.Id) && Interlocked.Add(ref _keptCardChars, chars) <= MaxCardChars && _cards.TryAdd(card.Id, card))
        {
            return;
        }

        Interlocked.Add(ref _keptCardChars, -chars);
    }

    internal CatalogueEntry[] InOrder(VacancySort sort) => sort switch
    {
        VacancySort.Deadline => ByDeadline,
        VacancySort.Salary => BySalary,
        _ => Newest,
    };

    private static CatalogueEntry[] Sorted(CatalogueEntry[] entries, Comparison<CatalogueEntry> comparison)
    {
        var sorted = (CatalogueEntry[])entries.Clone();
        Array.Sort(sorted, comparison);
        return sorted;
    }
}

/// <summary>What the search filters, sorts and counts a published vacancy by; <paramref name="Position"/> is its index in the catalogue's entries.</summary>
internal readonly record struct CatalogueEntry(
    int Position, Guid Id, string Code, Guid StateBodyId, PositionGroup Group, decimal SalaryMax, long DeadlineTicks, long PublishedAtTicks,
    ulong RegionMask, string[] RegionCodes, Guid[] OfficeIds);

/// <summary>A text's matches in one catalogue: positions best first (rank descending, then code), each one's rank, and a bit per position.</summary>
internal sealed class TextMatches
{
    public static readonly TextMatches Broad = new([], [], [], new Dictionary<int, double>(), tooMany: true);

    private readonly ulong[]? _members;

    private TextMatches(int[] positions, double[] ranks, ulong[]? members, Dictionary<int, double> rankOf, bool tooMany)
    {
        Positions = positions;
        Ranks = ranks;
        _members = members;
        RankOf = rankOf;
        TooMany = tooMany;
    }

    public int[] Positions { get; }

    public double[] Ranks { get; }

    public Dictionary<int, double> RankOf { get; }

    public bool TooMany { get; }

    /// <summary>Whether the entry at this position is a match: by a bit when the matches are many, else by <see cref="RankOf"/>.</summary>
    public bool Contains(int position) => _members is null ? RankOf.ContainsKey(position) : (_members[position >> 6] & (1UL << position)) != 0;

    public static TextMatches Of(OpenVacancyCatalogue catalogue, List<VacancyMatch> matches)
    {
        var found = new List<(int Position, double Rank)>(matches.Count);
        foreach (var match in matches)
        {
            if (catalogue.TryIndexOf(match.VacancyId, out var position))
            {
                found.Add((position, match.Rank));
            }
        }

        // A bit per entry costs 8 bytes per match or less only when one entry in 64 or more matches.
        ulong[]? members = null;
        if (found.Count * 64 >= catalogue.Count)
        {
            members = new ulong[(catalogue.Count + 63) / 64];
            foreach (var (position, _) in found)
            {
                members[position >> 6] |= 1UL << position;
            }
        }

        var entries = catalogue.Entries;
        found.Sort((a, b) => a.Rank != b.Rank ? b.Rank.CompareTo(a.Rank) : string.CompareOrdinal(entries[a.Position].Code, entries[b.Position].Code));
        var rankOf = new Dictionary<int, double>(found.Count);
        foreach (var (position, rank) in found)
        {
            rankOf[position] = rank;
        }

        return new TextMatches([.. found.Select(f => f.Position)], [.. found.Select(f => f.Rank)], members, rankOf, tooMany: false);
    }
}
