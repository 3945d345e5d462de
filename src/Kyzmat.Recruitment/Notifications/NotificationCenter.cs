using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>
/// Where the domain tells a citizen something: the notification and one delivery per outside channel are added to
/// the caller's unit of work, so they are saved — or not — with the change they tell of. Channels are decided when
/// each delivery is sent (the citizen's preferences and addresses at that moment).
/// </summary>
public sealed class NotificationCenter(KyzmatDbContext db, TimeProvider clock)
{
    public static readonly NotificationChannel[] OutsideChannels = [NotificationChannel.Email, NotificationChannel.Telegram];

    public Notification Publish(Guid citizenId, NotificationKind kind, LocalizedText title, LocalizedText body, string? link = null)
    {
        var now = clock.GetUtcNow();
        var notification = new Notification { CitizenId = citizenId, Kind = kind, Title = title, Body = body, Link = link, CreatedAt = now };
        db.Notifications.Add(notification);
        foreach (var channel in OutsideChannels)
        {
            db.NotificationDeliveries.Add(new NotificationDelivery { NotificationId = notification.Id, Channel = channel, NextAttemptAt = now });
        }

        return notification;
    }
}
