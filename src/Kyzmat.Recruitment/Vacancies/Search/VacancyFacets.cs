namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>The counts per value of every dimension for one search; each counted with the other dimensions' filters only.</summary>
public sealed record VacancyFacets(
    IReadOnlyList<FacetCount> StateBodies,
    IReadOnlyList<FacetCount> Regions,
    IReadOnlyList<FacetCount> Groups,
    IReadOnlyList<FacetCount> SalaryBands,
    IReadOnlyList<FacetCount> DeadlineWindows);
