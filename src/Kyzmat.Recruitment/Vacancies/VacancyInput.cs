using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>A vacancy as HR submits it when creating or editing it; the state body is given on creation only.</summary>
public sealed record VacancyInput(
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Requirements,
    PositionGroup Group,
    EmploymentType Employment,
    decimal SalaryMin,
    decimal SalaryMax,
    DateTimeOffset Deadline,
    IReadOnlyList<Guid> OfficeIds,
    LocalizedText? Unit = null,
    EducationLevel? RequiredEducation = null,
    int? MinExperienceYears = null,
    LanguageLevel? StateLanguageLevel = null,
    LocalizedText? RequiredDocuments = null);
