namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>A dimension the search counts by; its own filter is left out when counting it, so several values can be picked.</summary>
public enum VacancyFacet
{
    None,
    StateBody,
    Region,
    Group,
    SalaryBand,
    DeadlineWindow,
}
