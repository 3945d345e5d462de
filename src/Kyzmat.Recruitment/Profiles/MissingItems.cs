namespace Kyzmat.Recruitment.Profiles;

/// <summary>Stable names of what a profile may lack (clients show them in the citizen's language).</summary>
public static class MissingItems
{
    public const string BasicInformation = "BASIC_INFORMATION";
    public const string Sex = "SEX";
    public const string Citizenship = "CITIZENSHIP";
    public const string Phone = "PHONE";
    public const string Region = "REGION";
    public const string Address = "ADDRESS";
    public const string MaritalStatus = "MARITAL_STATUS";
    public const string StateLanguage = "STATE_LANGUAGE";
    public const string Education = "EDUCATION";
    public const string EducationDocument = "EDUCATION_DOCUMENT";
    public const string WorkExperience = "WORK_EXPERIENCE";
    public const string WorkExperienceDocument = "WORK_EXPERIENCE_DOCUMENT";
}
