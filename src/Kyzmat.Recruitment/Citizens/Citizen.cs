namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// A person who has signed in to the portal at least once (or was granted a role). Identified by the PIN;
/// names and date of birth come from the upstream identity system. Every citizen is an applicant; other
/// roles are granted explicitly (<see cref="RoleGrant"/>).
/// </summary>
public sealed class Citizen
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The 14-digit personal identification number (<see cref="PersonalNumber"/>).</summary>
    public required string Pin { get; init; }

    public required string Surname { get; set; }

    public required string Name { get; set; }

    public string? Patronymic { get; set; }

    public DateOnly DateOfBirth { get; set; }

    /// <summary>The e-mail address; codes go only to a confirmed one.</summary>
    public string? Email { get; set; }

    public bool EmailConfirmed { get; set; }

    public string? Phone { get; set; }

    /// <summary><c>ky</c> (default), <c>ru</c> or <c>en</c>.</summary>
    public string PreferredLanguage { get; set; } = "ky";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public List<RoleGrant> Roles { get; init; } = [];

    public string FullName => string.IsNullOrEmpty(Patronymic) ? $"{Surname} {Name}" : $"{Surname} {Name} {Patronymic}";
}
