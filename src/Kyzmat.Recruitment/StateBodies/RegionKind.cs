namespace Kyzmat.Recruitment.StateBodies;

public enum RegionKind
{
    Oblast = 1,
    City = 2,
}
