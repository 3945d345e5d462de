using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>
/// A published change to a vacancy's requirements once someone has applied: the requirements themselves stay as the
/// applicants read them, and this note, shown with the vacancy, says what changed.
/// </summary>
public sealed class VacancyAmendment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VacancyId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The HR reviewer or administrator who made the change.</summary>
    public Guid AuthorId { get; init; }

    /// <summary>The requirements as HR wanted them to read.</summary>
    public required LocalizedText Text { get; init; }
}
