namespace Kyzmat.Recruitment.Notifications;

/// <summary>A citizen's choice for one kind on one channel, where it differs from <see cref="NotificationDefaults"/>.</summary>
public sealed class NotificationPreference
{
    public Guid CitizenId { get; init; }

    public NotificationKind Kind { get; init; }

    public NotificationChannel Channel { get; init; }

    public bool Enabled { get; set; }
}
