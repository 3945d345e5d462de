namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// One pass over <see cref="OpenVacancyCatalogue"/> in a sort's order: how many pass the filter (counted to just past
/// the bound) and the first <c>take</c> after the cursor. With text and relevance, the pass is over the text's matches,
/// best first; with text and another sort, over the sorted entries that are matches.
/// </summary>
internal static class CataloguePage
{
    public static (int Total, List<(Guid Id, double Rank)> Top) Select(
        OpenVacancyCatalogue catalogue, TextMatches? matches, CatalogueFilter filter, VacancySort sort, VacancyCursor? cursor, int take, int bound)
    {
        var total = 0;
        var top = new List<(Guid Id, double Rank)>(take);
        if (matches is not null && sort == VacancySort.Relevance)
        {
            var entries = catalogue.Entries;
            for (var i = 0; i < matches.Positions.Length; i++)
            {
                ref readonly var entry = ref entries[matches.Positions[i]];
                if (filter.Passes(in entry) && Counted(in entry, matches.Ranks[i], ref total, top, cursor, take, bound))
                {
                    break;
                }
            }

            return (total, top);
        }

        var ordered = catalogue.InOrder(sort);
        for (var i = 0; i < ordered.Length; i++)
        {
            ref readonly var entry = ref ordered[i];
            if ((matches is null || matches.Contains(entry.Position)) && filter.Passes(in entry)
                && Counted(in entry, matches?.RankOf[entry.Position] ?? 0, ref total, top, cursor, take, bound))
            {
                break;
            }
        }

        return (total, top);
    }

    /// <returns>Whether the pass is done: counted past the bound, and the page full.</returns>
    private static bool Counted(in CatalogueEntry entry, double rank, ref int total, List<(Guid Id, double Rank)> top, VacancyCursor? cursor, int take, int bound)
    {
        total++;
        if (top.Count < take && (cursor is null || CatalogueFilter.After(in entry, rank, cursor)))
        {
            top.Add((entry.Id, rank));
        }

        return total > bound && top.Count >= take;
    }
}
