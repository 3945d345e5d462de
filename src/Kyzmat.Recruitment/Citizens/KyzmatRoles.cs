namespace Kyzmat.Recruitment.Citizens;

/// <summary>Role names as they travel in tokens (claim <c>role</c>).</summary>
public static class KyzmatRoles
{
    /// <summary>Every signed-in person: applies for vacancies. Implicit, never stored.</summary>
    public const string Citizen = "citizen";

    /// <summary>An HR reviewer of one state body (claim <c>hr_body</c> carries the body's code).</summary>
    public const string Hr = "hr";

    /// <summary>
    /// The lead reviewer of one state body: a reviewer of it who also assigns its tasks to colleagues and takes them back
    /// (decision 0106).
    /// </summary>
    public const string HrLead = "hr-lead";

    /// <summary>Manages everything.</summary>
    public const string Admin = "admin";
}
