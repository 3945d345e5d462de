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

    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 2000;

    public Notification Publish(Guid citizenId, NotificationKind kind, LocalizedText title, LocalizedText body, string? link = null)
    {
        var now = clock.GetUtcNow();
        var notification = new Notification
        {
            CitizenId = citizenId, Kind = kind, Title = Fit(title, MaxTitleLength), Body = Fit(body, MaxBodyLength), Link = link, CreatedAt = now,
        };
        db.Notifications.Add(notification);
        foreach (var channel in OutsideChannels)
        {
            db.NotificationDeliveries.Add(new NotificationDelivery { NotificationId = notification.Id, Channel = channel, NextAttemptAt = now });
        }

        return notification;
    }

    /// <summary>Long texts (a long refusal reason, many alerts) are cut to the column with an ellipsis rather than fail the change they tell of.</summary>
    private static LocalizedText Fit(LocalizedText text, int maxLength) => new(Cut(text.Ky, maxLength), Cut(text.Ru, maxLength), text.En is null ? null : Cut(text.En, maxLength));

    private static string Cut(string value, int maxLength) => value.Length <= maxLength ? value : value[..(maxLength - 1)] + "…";
}
