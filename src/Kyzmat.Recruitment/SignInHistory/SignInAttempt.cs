namespace Kyzmat.Recruitment.SignInHistory;

/// <summary>
/// One attempt to sign in («Кирүү тарыхы»): successful or not. Failed attempts on a PIN are kept even when no
/// citizen has that PIN (<see cref="CitizenId"/> is then null); lockout is counted from these rows.
/// </summary>
public sealed class SignInAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; init; }

    public SignInMethod Method { get; init; }

    public SignInOutcome Outcome { get; init; }

    /// <summary>The PIN typed (well-formed PINs only).</summary>
    public string? Pin { get; init; }

    public Guid? CitizenId { get; init; }

    public string? ClientAddress { get; init; }

    /// <summary>What lockout counts the client under: its IPv4 address, or its IPv6 address's /64 ("2001:db8:1:2::/64").</summary>
    public string? ClientNetwork { get; init; }

    public string? UserAgent { get; init; }

    public bool IsFailure => Outcome is SignInOutcome.WrongCredentials or SignInOutcome.WrongCode;
}
