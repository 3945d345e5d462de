namespace Kyzmat.Recruitment.Vacancies;

public enum VacancySort
{
    /// <summary>Newest publications first.</summary>
    Newest = 1,

    /// <summary>Closest deadline first.</summary>
    Deadline = 2,

    /// <summary>Highest salary first.</summary>
    Salary = 3,

    /// <summary>Best match first when there is text to match; newest first otherwise.</summary>
    Relevance = 4,
}
