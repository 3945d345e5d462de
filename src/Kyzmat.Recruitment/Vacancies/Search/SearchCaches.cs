using System.Collections.Concurrent;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// What every search request needed from the database but changes seldom, kept per process (decision 0016): the state
/// bodies, offices and regions (a few hundred rows in all), and the prepared text queries (words stemmed, typos
/// corrected from the index's lexicon, PostgreSQL's tsquery made) — two statements of every text search. Both are
/// dropped when <see cref="SearchDataChanges"/> moves (a change saved by this process) and kept at most
/// <see cref="MaxAge"/> otherwise, which bounds how long a change made by another host goes unseen.
/// </summary>
public sealed class SearchCaches(SearchDataChanges changes, TimeProvider clock)
{
    /// <summary>How long anything is kept without a change seen here: what another host's change may wait for.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    /// <summary>Past this many prepared texts the cache starts again empty: a flood of distinct texts costs memory once.</summary>
    public const int MaxTexts = 10_000;

    private readonly SemaphoreSlim _catalogueRead = new(1, 1);
    private ReferenceData? _reference;
    private TextCache? _texts;
    private OpenVacancyCatalogue? _catalogue;

    public SearchDataChanges Changes => changes;

    /// <summary>
    /// Whether the public search uses <see cref="CatalogueAsync"/> (setting <c>Kyzmat:Search:Catalogue</c>, default on);
    /// off, every search runs in the database. The bench turns it off to record the database search's statements.
    /// </summary>
    public bool CatalogueEnabled { get; set; } = true;

    /// <summary>Every state body, office and region, read again once this process changed one or <see cref="MaxAge"/> passed.</summary>
    public async Task<ReferenceData> ReferenceAsync(KyzmatDbContext db, CancellationToken cancellationToken)
    {
        var reference = Volatile.Read(ref _reference);
        var now = clock.GetUtcNow();
        if (reference is not null && reference.Version == changes.Version && now - reference.At < MaxAge)
        {
            return reference;
        }

        // The version read before the rows: a change saved meanwhile leaves this snapshot already stale.
        var version = changes.Version;
        var bodies = await db.StateBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, cancellationToken);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        reference = new ReferenceData(bodies, offices, regions, version, now);
        Volatile.Write(ref _reference, reference);
        return reference;
    }

    /// <summary>
    /// The published vacancies as the search filters them (<see cref="OpenVacancyCatalogue"/>), read again once this
    /// process changed search data or <see cref="MaxAge"/> passed; one request reads it while the others wait for it.
    /// </summary>
    public async Task<OpenVacancyCatalogue> CatalogueAsync(KyzmatDbContext db, CancellationToken cancellationToken)
    {
        if (Current(Volatile.Read(ref _catalogue)) is { } current)
        {
            return current;
        }

        // A catalogue read at or after the version this request found is as fresh as it needs: waiters do not each read
        // it again when changes keep coming during a read (at 100,000 vacancies a read takes ~0.5 s).
        var arrived = changes.Version;
        await _catalogueRead.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _catalogue) is { } read && read.Version >= arrived && Current(read, anyVersion: true) is not null)
            {
                return read;
            }

            // The version read before the rows: a change saved meanwhile leaves this catalogue already stale.
            var catalogue = await OpenVacancyCatalogue.ReadAsync(db, changes.Version, clock.GetUtcNow(), cancellationToken);
            Volatile.Write(ref _catalogue, catalogue);
            return catalogue;
        }
        finally
        {
            _catalogueRead.Release();
        }
    }

    /// <summary>The catalogue as it is, if it is current (never reads it): for what it can tell without a statement.</summary>
    public OpenVacancyCatalogue? CurrentCatalogue => CatalogueEnabled ? Current(Volatile.Read(ref _catalogue)) : null;

    /// <summary>The catalogue if it may still be used: same version, not too old, and the clock not turned back before it (tests turn it).</summary>
    private OpenVacancyCatalogue? Current(OpenVacancyCatalogue? catalogue, bool anyVersion = false)
    {
        var now = clock.GetUtcNow();
        return catalogue is not null && (anyVersion || catalogue.Version == changes.Version) && now >= catalogue.At && now - catalogue.At < MaxAge ? catalogue : null;
    }

    /// <summary>The prepared query of this text, made by <paramref name="prepare"/> the first time (null: no words).</summary>
    public async Task<VacancyTextQuery?> TextAsync(string text, Func<Task<VacancyTextQuery?>> prepare)
    {
        var texts = CurrentTexts();
        if (texts.TryGetValue(text, out var query))
        {
            return query;
        }

        var version = changes.Version;
        query = await prepare();
        if (version == changes.Version)
        {
            if (texts.Count >= MaxTexts)
            {
                texts.Clear();
            }

            texts[text] = query;
        }

        return query;
    }

    private ConcurrentDictionary<string, VacancyTextQuery?> CurrentTexts()
    {
        var texts = Volatile.Read(ref _texts);
        var now = clock.GetUtcNow();
        if (texts is not null && texts.Version == changes.Version && now - texts.At < MaxAge)
        {
            return texts.Queries;
        }

        // Racing requests may each start it again; the last one stays.
        texts = new TextCache(new ConcurrentDictionary<string, VacancyTextQuery?>(StringComparer.Ordinal), changes.Version, now);
        Volatile.Write(ref _texts, texts);
        return texts.Queries;
    }

    private sealed record TextCache(ConcurrentDictionary<string, VacancyTextQuery?> Queries, long Version, DateTimeOffset At);

    /// <summary>The reference rows as read at <paramref name="Version"/>; shared between requests: read, never change them.</summary>
    public sealed record ReferenceData(
        IReadOnlyDictionary<Guid, StateBody> StateBodies, IReadOnlyDictionary<Guid, Office> Offices, IReadOnlyDictionary<string, Region> Regions,
        long Version, DateTimeOffset At)
    {
        /// <summary>Each state body's offices, ordered by code.</summary>
        public ILookup<Guid, Office> OfficesOfStateBody { get; } = Offices.Values.OrderBy(o => o.Code, StringComparer.Ordinal).ToLookup(o => o.StateBodyId);
    }
}
