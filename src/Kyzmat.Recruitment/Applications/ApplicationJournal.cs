using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Applications;

/// <summary>Writes the timeline entry of a status change, tracked with the change itself (saved by the same step).</summary>
public sealed class ApplicationJournal(KyzmatDbContext db)
{
    public void Record(Application application, string actor, DateTimeOffset at, string? reason = null, int? score = null) =>
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
}
