namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>A vacancy the text matched, with its relevance (higher is better).</summary>
public sealed class VacancyMatch
{
    public Guid VacancyId { get; init; }

    public double Rank { get; init; }
}
