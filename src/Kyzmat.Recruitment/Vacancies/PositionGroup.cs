namespace Kyzmat.Recruitment.Vacancies;

/// <summary>The civil-service position groups, from the highest («эң жогорку») to the junior («кенже»).</summary>
public enum PositionGroup
{
    Highest = 1,
    Main = 2,
    Senior = 3,
    Junior = 4,
}
