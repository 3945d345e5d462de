namespace Kyzmat.Recruitment.Profiles;

/// <summary>«Кызматтын түрү»: the kind of post a period of work was in.</summary>
public enum PostType
{
    StateCivilService = 1,
    MunicipalService = 2,
    Other = 3,
}
