namespace Kyzmat.Recruitment.StateBodies;

public enum StateBodyKind
{
    Ministry = 1,
    Service = 2,
    Agency = 3,
}
