namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Everything the application document says, frozen when it is created: later changes to the profile
/// or the vacancy do not change a filed application.
/// </summary>
public sealed record ApplicationDocumentContent(
    string Number,
    string Language,
    DateTimeOffset CreatedAt,
    ApplicantSnapshot Applicant,
    VacancySnapshot Vacancy,
    OfficeSnapshot Office,
    IReadOnlyList<EducationSnapshot> Education,
    IReadOnlyList<WorkSnapshot> Work);

public sealed record ApplicantSnapshot(string FullName, string Pin, DateOnly DateOfBirth, string? Email, string? Phone, string? Address);

public sealed record VacancySnapshot(string Code, string Title, string StateBody, string Group);

public sealed record OfficeSnapshot(string Name, string Address);

/// <summary>An education as it stood at the document's making; <paramref name="DocumentId"/> is its uploaded proof (kept while applications name it).</summary>
public sealed record EducationSnapshot(string Institution, string Speciality, string Qualification, DateOnly StartDate, DateOnly? EndDate, Guid? DocumentId = null);

/// <summary>A period of work as it stood at the document's making, with its uploaded proof.</summary>
public sealed record WorkSnapshot(string Organisation, string Position, DateOnly StartDate, DateOnly? EndDate, Guid? DocumentId = null);
