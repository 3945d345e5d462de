namespace Kyzmat.Recruitment.Vacancies;

/// <summary>Which of a vacancy's columns a search page reads.</summary>
public enum VacancyColumns
{
    /// <summary>Every column: the vacancy as it is.</summary>
    All,

    /// <summary>
    /// What a result card shows: id, code, state body, group, title, duties (the snippet), salaries, status and dates.
    /// The long texts besides (requirements, documents, unit, cancellation reason) and the qualification fields are
    /// left at their defaults, so a caller asks for this only when it shows none of them.
    /// </summary>
    Card,
}
