using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>The vacancy search's filters a citizen keeps for alerts (stored as JSON).</summary>
public sealed record SavedSearchFilter(
    string? Text,
    IReadOnlyList<Guid>? StateBodyIds,
    IReadOnlyList<string>? RegionCodes,
    IReadOnlyList<PositionGroup>? Groups,
    decimal? SalaryFrom)
{
    public VacancySearchCriteria ToCriteria(DateTimeOffset publishedAfter, DateTimeOffset publishedUntil) => new()
    {
        Text = Text,
        StateBodyIds = StateBodyIds,
        RegionCodes = RegionCodes,
        Groups = Groups,
        SalaryFrom = SalaryFrom,
        OpenOnly = true,
        PublishedAfter = publishedAfter,
        PublishedUntil = publishedUntil,
        Sort = VacancySort.Relevance,
    };
}
