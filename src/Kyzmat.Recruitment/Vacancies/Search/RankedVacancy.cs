namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>A vacancy of the search with its relevance (0 when there is no text).</summary>
public sealed class RankedVacancy
{
    public required Vacancy Vacancy { get; init; }

    public double Rank { get; init; }
}
