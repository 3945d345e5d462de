using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>The daily job that deletes notifications older than the retention period (one year), with their deliveries.</summary>
public sealed class NotificationRetentionJob(KyzmatDbContext db, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public const string Id = "notification-retention";

    /// <summary>Every day at 03:15 in Bishkek (21:15 UTC).</summary>
    public const string Schedule = "15 21 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var old = db.Notifications.Where(n => n.CreatedAt < cutoff);
        await db.NotificationDeliveries.Where(d => old.Any(n => n.Id == d.NotificationId)).ExecuteDeleteAsync(cancellationToken);
        return await old.ExecuteDeleteAsync(cancellationToken);
    }
}
