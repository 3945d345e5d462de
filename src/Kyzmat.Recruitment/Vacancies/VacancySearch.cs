using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies.Search;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>
/// The vacancy search behind every front end and the saved-search alerts: full text with word forms and typos
/// (decision 0014), filters, sort (relevance when there is text), keyset paging and a bounded count.
/// </summary>
public sealed class VacancySearch(KyzmatDbContext db, TimeProvider clock, SearchCaches? caches = null)
{
    public const int MaxPageSize = 100;

    /// <summary>Counting stops here: "10,000+" says enough, and counting a million rows on every page does not pay.</summary>
    public const int CountBound = 10_000;

    /// <summary>
    /// With text, counting stops sooner ("1,000+"): every match is a row visited through the text index, and nobody
    /// pages through a thousand matches of a few words — they add a word or a filter.
    /// </summary>
    public const int TextCountBound = 1_000;

    private readonly Dictionary<string, VacancyTextQuery?> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<Guid> OfficeIds, IReadOnlyList<Guid> StateBodyIds, IQueryable<Dictionary<string, object>> Links)> _regionOffices = new(StringComparer.Ordinal);

    public async Task<VacancyPage> SearchAsync(
        VacancySearchCriteria criteria, int first, string? after, CancellationToken cancellationToken = default) =>
        await SearchAsync(criteria, first, after, VacancyColumns.All, cancellationToken);

    public async Task<VacancyPage> SearchAsync(
        VacancySearchCriteria criteria, int first, string? after, VacancyColumns columns, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var size = Math.Min(first, MaxPageSize);
        var text = await TextAsync(criteria.Text, cancellationToken);
        var sort = criteria.Sort == VacancySort.Relevance && text is null ? VacancySort.Newest : criteria.Sort;
        if (await FromCatalogueAsync(criteria, text, sort, size, after, columns, cancellationToken) is { } fromCatalogue)
        {
            return fromCatalogue;
        }

        var query = await RankedAsync(criteria, VacancyFacet.None, cancellationToken);
        var bound = text is null ? CountBound : TextCountBound;
        var total = await query.Select(r => r.Vacancy.Id).Take(bound + 1).CountAsync(cancellationToken);
        var cursor = after is null ? null : VacancyCursor.Decode(after, sort);

        // A page of none (facets and counts only) from the start has a next page when anything matched: no query.
        var rows = size == 0 && after is null ? []
            : sort == VacancySort.Relevance && text is not null && VacancyTextIndex.For(db).TitleFirst(Filtered(criteria, VacancyFacet.None), text) is { } parts
                ? await TitleFirstAsync(parts.Titles, parts.Others, cursor, size + 1, columns, cancellationToken)
                : await PageAsync(cursor is null ? query : After(query, cursor), sort, size + 1, columns, byIdAfterwards: text is not null, cancellationToken);
        var hasNextPage = size == 0 && after is null ? total > 0 : rows.Count > size;
        var page = rows.Take(size).Select(r => (r.Vacancy, VacancyCursor.Of(r.Vacancy, sort, r.Rank).Encode())).ToList();
        return new VacancyPage(page, hasNextPage, Math.Min(total, bound), total <= bound, text);
    }

    /// <summary>
    /// The page, its count and its cursors from the open vacancies' catalogue (decision 0017): one pass over the
    /// catalogue in the sort's order, then the page's rows read by id. Null where the catalogue does not answer: not
    /// the public search of open vacancies, no per-process caches, or a text with too many matches to keep.
    /// </summary>
    private async Task<VacancyPage?> FromCatalogueAsync(
        VacancySearchCriteria criteria, VacancyTextQuery? text, VacancySort sort, int size, string? after, VacancyColumns columns, CancellationToken cancellationToken)
    {
        if (await CatalogueAsync(criteria, text, cancellationToken) is not var (catalogue, matches))
        {
            return null;
        }

        var cursor = after is null ? null : VacancyCursor.Decode(after, sort);
        var bound = text is null ? CountBound : TextCountBound;
        var pageOfNone = size == 0 && after is null;
        var (total, top) = CataloguePage.Select(
            catalogue, matches, new CatalogueFilter(criteria, clock.GetUtcNow(), catalogue.RegionBits), sort, cursor, pageOfNone ? 0 : size + 1, bound);
        var rows = pageOfNone ? [] : columns == VacancyColumns.Card ? await CardsAsync(catalogue, top, cancellationToken) : await RowsByIdAsync(top, columns, cancellationToken);
        var hasNextPage = pageOfNone ? total > 0 : rows.Count > size;
        var page = rows.Take(size).Select(r => (r.Vacancy, VacancyCursor.Of(r.Vacancy, sort, r.Rank).Encode())).ToList();
        return new VacancyPage(page, hasNextPage, Math.Min(total, bound), total <= bound, text);
    }

    /// <summary>
    /// The best <paramref name="take"/> open vacancies the text matches, as result cards, from the catalogue; null where
    /// it does not answer (see <see cref="FromCatalogueAsync"/>). For suggestions: no count, no cursors.
    /// </summary>
    internal async Task<List<Vacancy>?> BestCardsFromCatalogueAsync(VacancyTextQuery text, int take, CancellationToken cancellationToken)
    {
        var criteria = new VacancySearchCriteria();
        if (await CatalogueAsync(criteria, text, cancellationToken) is not var (catalogue, matches))
        {
            return null;
        }

        var (_, top) = CataloguePage.Select(
            catalogue, matches, new CatalogueFilter(criteria, clock.GetUtcNow(), catalogue.RegionBits), VacancySort.Relevance, cursor: null, take, bound: 0);
        return [.. (await CardsAsync(catalogue, top, cancellationToken)).Select(r => r.Vacancy)];
    }

    /// <summary>The page's result cards: those the catalogue keeps from earlier pages, the others read by id (and kept).</summary>
    private async Task<List<RankedVacancy>> CardsAsync(OpenVacancyCatalogue catalogue, List<(Guid Id, double Rank)> top, CancellationToken cancellationToken)
    {
        var missing = top.Where(t => !catalogue.TryCard(t.Id, out _)).ToList();
        var read = missing.Count == 0 ? [] : (await RowsByIdAsync(missing, VacancyColumns.Card, cancellationToken)).ToDictionary(r => r.Vacancy.Id, r => r.Vacancy);
        foreach (var card in read.Values)
        {
            catalogue.KeepCard(card);
        }

        var rows = new List<RankedVacancy>(top.Count);
        foreach (var (id, rank) in top)
        {
            // Not kept when the catalogue holds its most cards; left out when gone since the catalogue was read.
            if (catalogue.TryCard(id, out var card) || read.TryGetValue(id, out card))
            {
                rows.Add(new RankedVacancy { Vacancy = card, Rank = rank });
            }
        }

        return rows;
    }

    /// <summary>
    /// The catalogue of open vacancies and, with text, the text's matches in it; null where it does not answer these
    /// criteria (see <see cref="FromCatalogueAsync"/>).
    /// </summary>
    /// <param name="forFacets">The facets' search: a text's matches are read even the first time it is asked.</param>
    internal async Task<(OpenVacancyCatalogue Catalogue, TextMatches? Matches)?> CatalogueAsync(
        VacancySearchCriteria criteria, VacancyTextQuery? text, CancellationToken cancellationToken, bool forFacets = false)
    {
        if (caches is not { CatalogueEnabled: true } || !CatalogueFilter.Answers(criteria) || !CatalogueMatchesDatabase)
        {
            return null;
        }

        var catalogue = await caches.CatalogueAsync(db, cancellationToken);
        if (text is null)
        {
            return (catalogue, null);
        }

        var since = catalogue.At;
        var matches = await catalogue.MatchesAsync(MatchesKey(text), take => VacancyTextIndex.For(db)
            .Ranked(db, db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published && v.Deadline >= since), text)
            .Select(r => new VacancyMatch { VacancyId = r.Vacancy.Id, Rank = r.Rank })
            .OrderBy(m => m.VacancyId)
            .Take(take)
            .ToListAsync(cancellationToken), atOnce: forFacets);
        return matches is null ? null : (catalogue, matches);
    }

    /// <summary>
    /// The catalogue compares codes and region codes by ordinal, as SQLite and the test clusters' PostgreSQL ("C"
    /// collation) do and as its equivalence test checks; SQL Server's default collation ignores case, so there the
    /// database search answers (decision 0017).
    /// </summary>
    private bool CatalogueMatchesDatabase => db.Database.ProviderName is "Npgsql.EntityFrameworkCore.PostgreSQL" or "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>What a text's matches depend on: its words and their stems, corrections included.</summary>
    private static string MatchesKey(VacancyTextQuery text) =>
        string.Join('\u001f', text.Words.Select(w => w.Text + '\u001e' + string.Join('\u001e', w.Stems)));

    /// <summary>
    /// The best <paramref name="take"/> by relevance where title matches rank apart (PostgreSQL): the title matches
    /// first (few, each ranked on its small title vector), then — only when the page reaches past them — the other
    /// matches. Title matches rank from 1 up and the others below 1, so a cursor tells which part it is in.
    /// </summary>
    private async Task<List<RankedVacancy>> TitleFirstAsync(
        IQueryable<RankedVacancy> titles, IQueryable<RankedVacancy> others, VacancyCursor? cursor, int take, VacancyColumns columns, CancellationToken cancellationToken)
    {
        var rows = new List<RankedVacancy>();
        if (cursor is null || cursor.Rank >= 1)
        {
            rows.AddRange(await PageAsync(cursor is null ? titles : After(titles, cursor), VacancySort.Relevance, take, columns, byIdAfterwards: true, cancellationToken));
        }

        if (rows.Count < take)
        {
            var rest = cursor is null || cursor.Rank >= 1 ? others : After(others, cursor);
            rows.AddRange(await PageAsync(rest, VacancySort.Relevance, take - rows.Count, columns, byIdAfterwards: true, cancellationToken));
        }

        return rows;
    }

    /// <summary>The search's vacancies (text matched, filters applied but the one of <paramref name="except"/>), with relevance.</summary>
    internal async Task<IQueryable<RankedVacancy>> RankedAsync(VacancySearchCriteria criteria, VacancyFacet except, CancellationToken cancellationToken)
    {
        var text = await TextAsync(criteria.Text, cancellationToken);
        await RegionOfficesAsync(criteria, cancellationToken);
        var filtered = Filtered(criteria, except);
        return text is null
            ? filtered.Select(v => new RankedVacancy { Vacancy = v, Rank = 0 })
            : VacancyTextIndex.For(db).Ranked(db, filtered, text);
    }

    /// <summary>The search's title matches and other matches apart (see <see cref="VacancyTextIndex.TitleFirst"/>); null without text or where the index ranks in one.</summary>
    internal async Task<(IQueryable<RankedVacancy> Titles, IQueryable<RankedVacancy> Others)?> TitleFirstAsync(VacancySearchCriteria criteria, CancellationToken cancellationToken)
    {
        await RegionOfficesAsync(criteria, cancellationToken);
        return await TextAsync(criteria.Text, cancellationToken) is { } text ? VacancyTextIndex.For(db).TitleFirst(Filtered(criteria, VacancyFacet.None), text) : null;
    }

    private IQueryable<Vacancy> Filtered(VacancySearchCriteria criteria, VacancyFacet except) =>
        VacancyFilters.Apply(db.Vacancies.AsNoTracking(), criteria, clock.GetUtcNow(), except,
            criteria.RegionCodes is { Count: > 0 } regions && _regionOffices.TryGetValue(RegionsKey(regions), out var offices) ? offices : null);

    private static string RegionsKey(IReadOnlyList<string> regions) => string.Join('\n', regions);

    /// <summary>With the reference cache, the offices in the criteria's regions (see <see cref="VacancyFilters.Apply"/>).</summary>
    private async Task RegionOfficesAsync(VacancySearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (caches is null || criteria.RegionCodes is not { Count: > 0 } regions || _regionOffices.ContainsKey(RegionsKey(regions)))
        {
            return;
        }

        var reference = await caches.ReferenceAsync(db, cancellationToken);
        if (!regions.All(reference.Regions.ContainsKey))
        {
            return;
        }

        var offices = reference.Offices.Values.Where(o => regions.Contains(o.RegionCode)).ToList();
        _regionOffices[RegionsKey(regions)] = (
            [.. offices.Select(o => o.Id)], [.. offices.Select(o => o.StateBodyId).Distinct()], db.Set<Dictionary<string, object>>("vacancy_offices").AsNoTracking());
    }

    /// <summary>The words of the text with their stems and typo corrections; null when there are none. Read once per request.</summary>
    public async Task<VacancyTextQuery?> TextAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }

        if (!_texts.TryGetValue(text, out var query))
        {
            // Parsed first: a text too long is refused before it is looked up or kept.
            var parsed = VacancyTextQuery.Parse(text);
            query = parsed is null ? null
                : caches is null ? await PrepareAsync(parsed, cancellationToken)
                : await caches.TextAsync(text, () => PrepareAsync(parsed, cancellationToken));
            _texts[text] = query;
        }

        return query;
    }

    private async Task<VacancyTextQuery?> PrepareAsync(VacancyTextQuery parsed, CancellationToken cancellationToken)
    {
        return await VacancyTextIndex.For(db).CorrectAndPrepareAsync(db, parsed, cancellationToken);
    }

    /// <summary>
    /// The first <paramref name="take"/> in the sort's order with the columns asked for. With
    /// <paramref name="byIdAfterwards"/> (text: every match is sorted, no index gives the order) the matches are sorted
    /// by id, rank and sort key alone and only the page's rows are read whole — sorting whole rows made PostgreSQL
    /// fetch an out-of-line column of every match (three buffers each; bench journal, 2026-12-07).
    /// </summary>
    private async Task<List<RankedVacancy>> PageAsync(
        IQueryable<RankedVacancy> query, VacancySort sort, int take, VacancyColumns columns, bool byIdAfterwards, CancellationToken cancellationToken)
    {
        if (!byIdAfterwards)
        {
            return await Columns(Order(query, sort).Take(take), columns).ToListAsync(cancellationToken);
        }

        var top = await Order(query, sort).Take(take).Select(r => new { r.Vacancy.Id, r.Rank }).ToListAsync(cancellationToken);
        if (top.Count == 0)
        {
            return [];
        }

        // A second statement rather than a join: EF would repeat the rank's expression on the derived table.
        return await RowsByIdAsync([.. top.Select(t => (t.Id, t.Rank))], columns, cancellationToken);
    }

    /// <summary>The rows of these vacancies with the columns asked for, in the given order; one that is gone is left out.</summary>
    private async Task<List<RankedVacancy>> RowsByIdAsync(List<(Guid Id, double Rank)> top, VacancyColumns columns, CancellationToken cancellationToken)
    {
        if (top.Count == 0)
        {
            return [];
        }

        var ids = top.Select(t => t.Id).ToList();
        var rows = (await Columns(db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new RankedVacancy { Vacancy = v, Rank = 0 }), columns)
            .ToListAsync(cancellationToken)).ToDictionary(r => r.Vacancy.Id);
        return [.. top.Where(t => rows.ContainsKey(t.Id)).Select(t => new RankedVacancy { Vacancy = rows[t.Id].Vacancy, Rank = t.Rank })];
    }

    private static IQueryable<RankedVacancy> Columns(IQueryable<RankedVacancy> page, VacancyColumns columns) => columns == VacancyColumns.All ? page
        : page.Select(r => new RankedVacancy
        {
            Vacancy = new Vacancy
            {
                Id = r.Vacancy.Id,
                Code = r.Vacancy.Code,
                StateBodyId = r.Vacancy.StateBodyId,
                Group = r.Vacancy.Group,
                // Column by column: a complex property projected whole brings every column of the vacancy with it.
                Title = new LocalizedText(r.Vacancy.Title.Ky, r.Vacancy.Title.Ru, r.Vacancy.Title.En),
                Description = new LocalizedText(r.Vacancy.Description.Ky, r.Vacancy.Description.Ru, r.Vacancy.Description.En),
                Requirements = new LocalizedText("", "", null),
                SalaryMin = r.Vacancy.SalaryMin,
                SalaryMax = r.Vacancy.SalaryMax,
                Status = r.Vacancy.Status,
                PublishedAt = r.Vacancy.PublishedAt,
                Deadline = r.Vacancy.Deadline,
            },
            Rank = r.Rank,
        });

    private static IQueryable<RankedVacancy> Order(IQueryable<RankedVacancy> query, VacancySort sort) => sort switch
    {
        VacancySort.Relevance => query.OrderByDescending(r => r.Rank).ThenBy(r => r.Vacancy.Code),
        VacancySort.Deadline => query.OrderBy(r => r.Vacancy.Deadline).ThenBy(r => r.Vacancy.Code),
        VacancySort.Salary => query.OrderByDescending(r => r.Vacancy.SalaryMax).ThenByDescending(r => r.Vacancy.Code),
        _ => query.OrderByDescending(r => r.Vacancy.PublishedAt).ThenByDescending(r => r.Vacancy.Code),
    };

    private static IQueryable<RankedVacancy> After(IQueryable<RankedVacancy> query, VacancyCursor cursor)
    {
        var code = cursor.Code;
        switch (cursor.Sort)
        {
            case VacancySort.Relevance:
                var rank = cursor.Rank;
                return query.Where(r => r.Rank < rank || (r.Rank == rank && string.Compare(r.Vacancy.Code, code) > 0));
            case VacancySort.Deadline:
                var deadline = cursor.Moment;
                return query.Where(r => r.Vacancy.Deadline > deadline || (r.Vacancy.Deadline == deadline && string.Compare(r.Vacancy.Code, code) > 0));
            case VacancySort.Salary:
                var salary = cursor.Amount;
                return query.Where(r => r.Vacancy.SalaryMax < salary || (r.Vacancy.SalaryMax == salary && string.Compare(r.Vacancy.Code, code) < 0));
            default:
                DateTimeOffset? published = cursor.Moment;
                return query.Where(r => r.Vacancy.PublishedAt < published || (r.Vacancy.PublishedAt == published && string.Compare(r.Vacancy.Code, code) < 0));
        }
    }
}
