namespace Kyzmat.Recruitment.Applications;

public enum ApplicationPdfKind
{
    Unsigned = 1,
    Signed = 2,
}
