namespace Kyzmat.Recruitment.Vacancies;

/// <summary>The education a post requires at least.</summary>
public enum EducationLevel
{
    /// <summary>Secondary vocational («орто кесиптик»).</summary>
    SecondaryVocational = 1,

    /// <summary>Higher professional («жогорку кесиптик»).</summary>
    Higher = 2,
}
