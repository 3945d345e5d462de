namespace Kyzmat.Recruitment.Profiles;

/// <summary>«Жеке маалымат» as the citizen submits it.</summary>
public sealed record PersonalInformationInput(
    Sex? Sex, string? Citizenship, string? Phone, string? RegionCode, string? District, string? Address, MaritalStatus? MaritalStatus);

/// <summary>«Кошумча маалымат» as the citizen submits it.</summary>
public sealed record AdditionalInformationInput(
    IReadOnlyList<LanguageSkill> Languages, string? ComputerSkills, string? Awards, string? ScientificDegree, string? About);

/// <summary>An education record as the citizen submits it.</summary>
public sealed record EducationInput(
    string Institution, string Speciality, string Qualification, DateOnly StartDate, DateOnly? EndDate, StudyForm Form, string Field, Guid? DocumentId);

/// <summary>A period of work as the citizen submits it.</summary>
public sealed record WorkExperienceInput(
    string Organisation, string? Department, string Position, PostType PostType, IReadOnlyList<string> Areas,
    DateOnly StartDate, DateOnly? EndDate, Guid? DocumentId);
