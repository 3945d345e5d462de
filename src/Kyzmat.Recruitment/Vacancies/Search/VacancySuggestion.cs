namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>What the search box offers as a citizen types: a vacancy title to search for, or a state body to filter by.</summary>
public sealed record VacancySuggestion(string Text, Guid? StateBodyId);
