namespace Kyzmat.Recruitment.Profiles;

public enum Sex
{
    Male = 1,
    Female = 2,
}
