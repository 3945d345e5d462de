namespace Kyzmat.Recruitment.Profiles;

/// <summary>«Билим берүү түрү».</summary>
public enum StudyForm
{
    FullTime = 1,
    PartTime = 2,
    Evening = 3,
    Distance = 4,
}
