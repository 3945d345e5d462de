namespace Kyzmat.Recruitment.Citizens;

/// <summary>
/// A person in the sandbox stand-in of the national identity system («Түндүк»): PIN, hashed password and the
/// data the real system would return. Used only by the <c>Sandbox</c> upstream, never in Production.
/// </summary>
public sealed class SandboxCitizen
{
    public required string Pin { get; init; }

    public required string PasswordHash { get; set; }

    public required string Surname { get; init; }

    public required string Name { get; init; }

    public string? Patronymic { get; init; }

    public DateOnly DateOfBirth { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}
