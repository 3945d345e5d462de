namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>The Telegram chat a citizen linked: one per citizen, and a chat belongs to one citizen.</summary>
public sealed class TelegramLink
{
    public Guid CitizenId { get; init; }

    public long ChatId { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}
