using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Profiles;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>A vacant civil-service post announced for competition by a state body.</summary>
public sealed class Vacancy
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The public number of the announcement, e.g. KZ-2026-0001.</summary>
    public required string Code { get; init; }

    public Guid StateBodyId { get; set; }

    public StateBody? StateBody { get; set; }

    public required PositionGroup Group { get; set; }

    public required LocalizedText Title { get; set; }

    public required LocalizedText Description { get; set; }

    public required LocalizedText Requirements { get; set; }

    /// <summary>The structural unit (department) of the post; empty when not given.</summary>
    public LocalizedText Unit { get; set; } = LocalizedText.Empty;

    /// <summary>The qualification requirements in a form one can filter and check by; null where not set.</summary>
    public EducationLevel? RequiredEducation { get; set; }

    public int? MinExperienceYears { get; set; }

    public LanguageLevel? StateLanguageLevel { get; set; }

    /// <summary>The documents to bring to the office; empty when not given.</summary>
    public LocalizedText RequiredDocuments { get; set; } = LocalizedText.Empty;

    public EmploymentType Employment { get; set; } = EmploymentType.FullTime;

    public decimal SalaryMin { get; set; }

    public decimal SalaryMax { get; set; }

    public VacancyStatus Status { get; set; } = VacancyStatus.Draft;

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Why the competition was called off, as HR wrote it (shown with the vacancy).</summary>
    public string? CancellationReason { get; set; }

    /// <summary>The last moment applications are accepted.</summary>
    public DateTimeOffset Deadline { get; set; }

    public List<Office> Offices { get; init; } = [];

    /// <summary>The title's words in every language, stemmed (decision 0014): what a title match is ranked by.</summary>
    public string SearchTitle { get; private set; } = "";

    /// <summary>The duties', requirements' and state body name's words in every language, stemmed (decision 0014).</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Recomputes the search columns; <paramref name="stateBodyName"/> is the body's name (its words find the vacancy too).</summary>
    public void RefreshSearchText(LocalizedText? stateBodyName)
    {
        SearchTitle = VacancySearchText.Of(VacancySearchText.MaxTitleLength, Title);
        SearchText = VacancySearchText.Of(VacancySearchText.MaxLength, Description, Requirements, stateBodyName);
    }

    public bool IsOpenAt(DateTimeOffset moment) => IsOpen(Status, Deadline, moment);

    public static bool IsOpen(VacancyStatus status, DateTimeOffset deadline, DateTimeOffset moment) =>
        status == VacancyStatus.Published && moment <= deadline;
}
