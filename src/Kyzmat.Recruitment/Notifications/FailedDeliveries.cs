using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>For administrators: deliveries that gave up, and sending one again.</summary>
public sealed class FailedDeliveries(KyzmatDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<IReadOnlyList<NotificationDelivery>> ListAsync(int first, CancellationToken cancellationToken) =>
        await db.NotificationDeliveries.AsNoTracking().Include(d => d.Notification)
            .Where(d => d.State == DeliveryState.Failed).OrderByDescending(d => d.Id).Take(Math.Clamp(first, 0, MaxPageSize))
            .ToListAsync(cancellationToken);

    /// <summary>Puts a failed delivery back in the queue with fresh attempts.</summary>
    public async Task<NotificationDelivery> RetryAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retried = await db.NotificationDeliveries.Where(d => d.Id == deliveryId && d.State == DeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.Attempts, 0).SetProperty(d => d.NextAttemptAt, now), cancellationToken);
        if (retried == 0)
        {
            throw new UserInputException(UserErrorCodes.NotFound);
        }

        return await db.NotificationDeliveries.AsNoTracking().Include(d => d.Notification).SingleAsync(d => d.Id == deliveryId, cancellationToken);
    }
}
