using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>
/// Sends the deliveries that are due. Each is claimed with a conditional update (Pending → Sending) before it is
/// sent, so two runs — two hosts, a retried job — never send the same one twice; a claim found still open after
/// its lock ran out means the host stopped mid-send, and it is marked failed rather than risk a second copy.
/// </summary>
public sealed partial class NotificationDelivering(
    KyzmatDbContext db, IEnumerable<INotificationChannel> channels, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationDelivering> logger)
{
    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(2);

    /// <summary>Sends up to <paramref name="max"/> due deliveries; returns how many it took.</summary>
    public async Task<int> SendDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.NotificationDeliveries.Where(d => d.State == DeliveryState.Sending && d.NextAttemptAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Failed).SetProperty(d => d.LastError, "Interrupted while sending; the outcome is unknown, so it is not sent again."), cancellationToken);
        var due = await db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(max).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await SendAsync(id, cancellationToken);
        }

        return due.Count;
    }

    /// <summary>Sends one delivery if it is still pending and due; false when another run has it or it is done.</summary>
    public async Task<bool> SendAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimedUntil = now + ClaimTime;
        var claimed = await db.NotificationDeliveries
            .Where(d => d.Id == deliveryId && d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Sending).SetProperty(d => d.NextAttemptAt, claimedUntil)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var claim = await ClaimedById.For(db)(db, deliveryId, cancellationToken)
            ?? throw new InvalidOperationException($"The delivery {deliveryId} was claimed but is gone.");
        var (outcome, error, nextAttempt) = await AttemptAsync(claim, cancellationToken);
        DateTimeOffset? sentAt = outcome == DeliveryState.Sent ? clock.GetUtcNow() : null;
        var next = nextAttempt ?? now;
        await db.NotificationDeliveries.Where(d => d.Id == deliveryId && d.State == DeliveryState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, outcome).SetProperty(d => d.LastError, error)
                .SetProperty(d => d.NextAttemptAt, next).SetProperty(d => d.SentAt, sentAt), CancellationToken.None);
        return true;
    }

    private async Task<(DeliveryState Outcome, string? Error, DateTimeOffset? NextAttempt)> AttemptAsync(Claimed claim, CancellationToken cancellationToken)
    {
        var (delivery, notification) = (claim.Delivery, claim.Notification);
        var channel = channels.FirstOrDefault(c => c.Channel == delivery.Channel);
        if (channel is null)
        {
            return (DeliveryState.Skipped, $"The {delivery.Channel} channel is not configured.", null);
        }

        if (!(claim.ChosenByCitizen ?? NotificationDefaults.IsEnabled(notification.Kind, delivery.Channel)))
        {
            return (DeliveryState.Skipped, "Turned off by the citizen.", null);
        }

        var address = await channel.AddressOfAsync(notification.CitizenId, cancellationToken);
        if (address is null)
        {
            return (DeliveryState.Skipped, $"No {delivery.Channel} address.", null);
        }

        var language = claim.Language ?? "ky";
        try
        {
            await channel.SendAsync(notification, address, language, cancellationToken);
            return (DeliveryState.Sent, null, null);
        }
        catch (RecipientGoneException ex)
        {
            return (DeliveryState.Skipped, ex.Message, null);
        }
#pragma warning disable CA1031 // Whatever the channel throws, this delivery is retried later and the others go on.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogAttemptFailed(logger, delivery.Channel, delivery.Id, delivery.Attempts, ex.GetType().Name);
            var error = $"{ex.GetType().Name}: {ex.Message}";
            error = error.Length > 500 ? error[..500] : error;
            return delivery.Attempts >= options.Value.MaxAttempts
                ? (DeliveryState.Failed, error, null)
                : (DeliveryState.Pending, error, clock.GetUtcNow() + TimeSpan.FromSeconds(options.Value.RetryBaseSeconds * Math.Pow(2, delivery.Attempts - 1)));
        }
    }

    /// <summary>A claimed delivery with what sending it needs: its notification, the citizen's choice for it, their language.</summary>
    private sealed record Claimed(NotificationDelivery Delivery, Notification Notification, bool? ChosenByCitizen, string? Language);

    // One round trip instead of three, compiled once per model (decision 0011): every notification of every step comes here.
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<Claimed?>>> ClaimedById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid id, CancellationToken _) => db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new Claimed(
                d,
                d.Notification!,
                db.NotificationPreferences.Where(p => p.CitizenId == d.Notification!.CitizenId && p.Kind == d.Notification.Kind && p.Channel == d.Channel)
                    .Select(p => (bool?)p.Enabled).FirstOrDefault(),
                db.Citizens.Where(c => c.Id == d.Notification!.CitizenId).Select(c => c.PreferredLanguage).FirstOrDefault()))
            .SingleOrDefault()));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} delivery {DeliveryId} failed on attempt {Attempt}: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, NotificationChannel channel, Guid deliveryId, int attempt, string error);
}
