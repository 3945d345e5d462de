using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>
/// One notification on one outside channel. (Notification, Channel) is unique — the idempotency key — and a sender
/// must claim the row (Pending → Sending, conditionally) before sending, so a delivery leaves at most once.
/// </summary>
public sealed class NotificationDelivery
{
    public Guid Id { get; init; } = OrderedIds.Next();

    public Guid NotificationId { get; init; }

    public Notification? Notification { get; init; }

    public NotificationChannel Channel { get; init; }

    public DeliveryState State { get; set; } = DeliveryState.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed or why it was skipped (for administrators; no personal data).</summary>
    public string? LastError { get; set; }
}
