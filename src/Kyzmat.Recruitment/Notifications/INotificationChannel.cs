namespace Kyzmat.Recruitment.Notifications;

/// <summary>An outside channel (e-mail, Telegram) that can carry a notification to a citizen.</summary>
public interface INotificationChannel
{
    NotificationChannel Channel { get; }

    /// <summary>Where this citizen is reached on the channel; null when nowhere (no confirmed e-mail, no linked chat).</summary>
    Task<string?> AddressOfAsync(Guid citizenId, CancellationToken cancellationToken);

    /// <summary>Sends it; throws when it did not leave (the delivery is retried later).</summary>
    Task SendAsync(Notification notification, string address, string language, CancellationToken cancellationToken);
}
