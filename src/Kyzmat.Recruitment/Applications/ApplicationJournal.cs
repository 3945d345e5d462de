using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Writes the timeline entry of a status change and the citizen's notification of it, tracked with the change
/// itself (saved by the same step, or not at all).
/// </summary>
public sealed class ApplicationJournal(KyzmatDbContext db, NotificationCenter notifications)
{
    public void Record(Application application, string actor, DateTimeOffset at, string? reason = null, int? score = null)
    {
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            ApplicationId = application.Id,
            CitizenId = application.CitizenId,
            Status = application.Status,
            At = at,
            Actor = actor,
            Reason = reason,
            Score = score,
        });
        if (ApplicationNotices.For(application, actor, reason, score) is { } notice)
        {
            notifications.Publish(application.CitizenId, notice.Kind, notice.Title, notice.Body, $"/cabinet/applications/{application.Id}");
        }
    }
}
