using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

/// <summary>The GraphQL input of the vacancy search, as the client sends it.</summary>
public sealed class VacancyFilter
{
    public string? Text { get; set; }

    public List<Guid>? StateBodyIds { get; set; }

    public List<string>? RegionCodes { get; set; }

    public List<PositionGroup>? Groups { get; set; }

    public decimal? SalaryFrom { get; set; }

    public List<SalaryBand>? SalaryBands { get; set; }

    public List<DeadlineWindow>? DeadlineWindows { get; set; }

    public bool? OpenOnly { get; set; }

    public DateTimeOffset? DeadlineBefore { get; set; }

    public VacancySearchCriteria ToCriteria(VacancySort sort) => new()
    {
        Text = Text,
        StateBodyIds = StateBodyIds,
        RegionCodes = RegionCodes,
        Groups = Groups,
        SalaryFrom = SalaryFrom,
        SalaryBands = SalaryBands,
        DeadlineWindows = DeadlineWindows,
        OpenOnly = OpenOnly ?? true,
        DeadlineBefore = DeadlineBefore?.ToUniversalTime(),
        Sort = sort,
    };
}
