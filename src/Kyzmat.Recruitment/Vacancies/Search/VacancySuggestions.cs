using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// As-you-type suggestions: titles of open vacancies the text finds (its last word read as the start of a word, typos
/// corrected, best match first) and state bodies whose name has every word: from the catalogue of open vacancies
/// (decision 0017) where it answers, else two small queries a keystroke.
/// </summary>
public sealed class VacancySuggestions(KyzmatDbContext db, VacancySearch search, SearchCaches? caches = null)
{
    public const int MaxCount = 10;

    public async Task<IReadOnlyList<VacancySuggestion>> SuggestAsync(string text, string language, int count, CancellationToken cancellationToken = default)
    {
        count = Math.Clamp(count, 0, MaxCount);
        var query = await search.TextAsync(text, cancellationToken);
        if (query is null || count == 0)
        {
            return [];
        }

        var names = caches is not null
            ? (await caches.ReferenceAsync(db, cancellationToken)).StateBodies.Values.OrderBy(b => b.Id).Select(b => (b.Id, b.Name)).ToList()
            : (await db.StateBodies.AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken)).Select(b => (b.Id, b.Name)).ToList();
        var bodies = names
            .Where(b => query.Words.All(w => NameHas(b.Name.In(language), w)))
            .Select(b => new VacancySuggestion(b.Name.In(language), b.Id))
            .Take(count / 2 + 1)
            .ToList();

        var titles = await search.BestCardsFromCatalogueAsync(query, count * 2, cancellationToken) is { } cards
            ? cards.Select(c => c.Title).ToList()
            : await TitlesInDatabaseAsync(text, count * 2, cancellationToken);

        var distinct = titles.Select(t => t.In(language)).Distinct(StringComparer.CurrentCultureIgnoreCase)
            .Take(count - bodies.Count).Select(t => new VacancySuggestion(t, null));
        return [.. distinct, .. bodies];
    }

    /// <summary>
    /// Where the index ranks title matches apart (PostgreSQL), the titles that have every word first, from the small
    /// title index; the other matches only when those are too few.
    /// </summary>
    private async Task<List<LocalizedText>> TitlesInDatabaseAsync(string text, int take, CancellationToken cancellationToken)
    {
        var criteria = new VacancySearchCriteria { Text = text };
        var parts = await search.TitleFirstAsync(criteria, cancellationToken);
        var titles = await Titles(parts?.Titles ?? await search.RankedAsync(criteria, VacancyFacet.None, cancellationToken), take, cancellationToken);
        if (parts is { } split && titles.Count < take)
        {
            titles.AddRange(await Titles(split.Others, take - titles.Count, cancellationToken));
        }

        return titles;
    }

    private static Task<List<LocalizedText>> Titles(IQueryable<RankedVacancy> ranked, int take, CancellationToken cancellationToken) =>
        ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Vacancy.Code)
            .Take(take)
            // Column by column: a complex property projected whole brings every column of the vacancy with it.
            .Select(r => new LocalizedText(r.Vacancy.Title.Ky, r.Vacancy.Title.Ru, r.Vacancy.Title.En))
            .ToListAsync(cancellationToken);

    private static bool NameHas(string name, VacancyTextQuery.Word word) =>
        SearchWords.Split(name).Any(n => SearchWords.QueryStems(n).Append(n).Any(f => word.Stems.Any(s => f.StartsWith(s, StringComparison.Ordinal))));
}
