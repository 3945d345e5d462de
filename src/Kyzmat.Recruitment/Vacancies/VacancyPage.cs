namespace Kyzmat.Recruitment.Vacancies;

/// <summary>One page of a keyset-paged search: the items, each with the cursor that continues after it.</summary>
public sealed record VacancyPage(IReadOnlyList<(Vacancy Vacancy, string Cursor)> Items, bool HasNextPage, int TotalCount);
