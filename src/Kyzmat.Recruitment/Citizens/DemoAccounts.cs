namespace Kyzmat.Recruitment.Citizens;

/// <summary>The demonstration accounts of the sandbox identity system (README lists them).</summary>
public static class DemoAccounts
{
    /// <summary>A citizen with no e-mail yet: the first sign-in asks for one.</summary>
    public const string NewCitizenPin = "22403199012345";

    public const string CitizenPin = "11207198554321";

    public const string CitizenPassword = "kyzmat-demo";

    /// <summary>HR reviewer of the first seeded state body (<c>minfin</c>).</summary>
    public const string HrPin = "21809198800017";

    public const string HrPassword = "kyzmat-hr";

    public const string AdminPin = "11502198000028";

    public const string AdminPassword = "kyzmat-admin";

    /// <summary>The PIN of the demo HR reviewer of the n-th seeded state body (n ≥ 2; the first is <see cref="HrPin"/>).</summary>
    public static string HrPinOfBody(int n) =>
        n <= 1 ? HrPin : $"20101{1970 + n:D4}{n:D5}";
}
