namespace Kyzmat.Recruitment.Vacancies;

public enum VacancyStatus
{
    /// <summary>Being prepared by the body's HR; not public.</summary>
    Draft = 1,

    /// <summary>Announced: one may apply until the deadline.</summary>
    Published = 2,

    /// <summary>No longer accepting applications; the competition goes on for those who applied.</summary>
    Closed = 3,

    /// <summary>The competition was called off (with a reason); its active applications were cancelled.</summary>
    Cancelled = 4,
}
