namespace Kyzmat.Recruitment.Verification;

/// <summary>A 6-digit code sent by e-mail. Only a salted hash is stored.</summary>
public sealed class VerificationCode
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public VerificationPurpose Purpose { get; init; }

    /// <summary>Whom the code is for (a citizen's id, or another key the caller chooses).</summary>
    public required string Subject { get; init; }

    /// <summary>The e-mail address the code was sent to.</summary>
    public required string Destination { get; init; }

    public required byte[] Salt { get; init; }

    public required byte[] Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public int FailedAttempts { get; set; }

    public VerificationCodeStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
