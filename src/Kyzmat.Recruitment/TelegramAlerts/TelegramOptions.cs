namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>«Telegram аркылуу эскертмелер» (<c>Kyzmat:Telegram</c>); off unless a bot token is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Kyzmat:Telegram";

    /// <summary>The host lease under which one host at a time polls the Bot API.</summary>
    public const string PollerLease = "telegram-poller";

    /// <summary>The webhook's path under the portal's address; the secret follows it.</summary>
    public const string WebhookPath = "api/telegram/webhook/";

    /// <summary>The bot's token from @BotFather (a secret: environment or secret store).</summary>
    public string? BotToken { get; set; }

    /// <summary>The bot's user name, for the deep link https://t.me/{name}?start=…</summary>
    public string? BotUserName { get; set; }

    /// <summary>The Bot API's address; empty for Telegram's own (a local Bot API server or a test fake otherwise).</summary>
    public string? ApiBaseUrl { get; set; }

    public TelegramUpdateMode Mode { get; set; } = TelegramUpdateMode.Polling;

    /// <summary>Webhook mode: the portal's public HTTPS address Telegram posts to (the secret path is appended).</summary>
    public Uri? WebhookBaseUrl { get; set; }

    /// <summary>Webhook mode: the secret in the webhook's path and in Telegram's X-Telegram-Bot-Api-Secret-Token header.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Polling mode: how long one getUpdates call waits for news.</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>Polling mode: how often a host that does not hold the poller lease asks for it again.</summary>
    public TimeSpan LeaseRetryInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a "connect" link is valid.</summary>
    public int LinkMinutes { get; set; } = 15;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}

public enum TelegramUpdateMode
{
    /// <summary>The host asks the Bot API for updates (no public address needed).</summary>
    Polling,

    /// <summary>Telegram posts updates to /api/telegram/webhook/{secret}.</summary>
    Webhook,
}
