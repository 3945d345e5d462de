namespace Kyzmat.Recruitment.Notifications;

/// <summary>Settings of notification delivery (<c>Kyzmat:Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Kyzmat:Notifications";

    /// <summary>How often the dispatcher looks for deliveries due.</summary>
    public double PollingSeconds { get; set; } = 2;

    /// <summary>Attempts per delivery before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait before the first retry; each further wait doubles it.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>The portal's public address, for the links in e-mail and Telegram messages.</summary>
    public Uri PortalUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>How long the portal keeps a notification.</summary>
    public int RetentionDays { get; set; } = 365;
}
