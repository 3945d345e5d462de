using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>
/// One page of a keyset-paged search: the items, each with the cursor that continues after it; the total that
/// matched, exact up to <see cref="VacancySearch.CountBound"/> (<see cref="VacancySearch.TextCountBound"/> with text; then the bound, and <paramref name="TotalIsExact"/>
/// false); and the words searched for, to highlight.
/// </summary>
public sealed record VacancyPage(
    IReadOnlyList<(Vacancy Vacancy, string Cursor)> Items, bool HasNextPage, int TotalCount, bool TotalIsExact = true, VacancyTextQuery? Text = null);
