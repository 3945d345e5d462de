namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>A one-time "connect" token of a deep link; only its SHA-256 is kept.</summary>
public sealed class TelegramLinkToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public required string TokenHash { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }
}
