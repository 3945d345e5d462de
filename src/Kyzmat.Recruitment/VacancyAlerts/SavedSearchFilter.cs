using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.Recruitment.VacancyAlerts;

/// <summary>
/// The vacancy search's filters a citizen keeps for alerts (stored as JSON), searched with the same search as the
/// page. Deadline windows are not kept: they are counted from the moment of searching, which an alert is not.
/// </summary>
public sealed record SavedSearchFilter(
    string? Text,
    IReadOnlyList<Guid>? StateBodyIds,
    IReadOnlyList<string>? RegionCodes,
    IReadOnlyList<PositionGroup>? Groups,
    decimal? SalaryFrom,
    IReadOnlyList<SalaryBand>? SalaryBands = null)
{
    public VacancySearchCriteria ToCriteria(DateTimeOffset publishedAfter, DateTimeOffset publishedUntil) => new()
    {
        Text = Text,
        StateBodyIds = StateBodyIds,
        RegionCodes = RegionCodes,
        Groups = Groups,
        SalaryFrom = SalaryFrom,
        SalaryBands = SalaryBands,
        OpenOnly = true,
        PublishedAfter = publishedAfter,
        PublishedUntil = publishedUntil,
        Sort = VacancySort.Relevance,
    };
}
