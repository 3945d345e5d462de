namespace Kyzmat.Recruitment.Common;

/// <summary>Stable codes of errors a user can cause; clients may rely on them.</summary>
public static class UserErrorCodes
{
    public const string InvalidInput = "INVALID_INPUT";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string NotFound = "NOT_FOUND";
    public const string NotAuthenticated = "NOT_AUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
}
