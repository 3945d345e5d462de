namespace Kyzmat.Recruitment.Profiles;

/// <summary>CEFR levels as «Кыргызтест» certifies the state language, plus native.</summary>
public enum LanguageLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
    Native = 7,
}
