using System.Globalization;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>«Билдирмелер»: the citizen's own notifications (newest first), the unread count, marking read, the channel choices.</summary>
public sealed class NotificationInbox(KyzmatDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<(IReadOnlyList<Notification> Items, bool HasNextPage, int Total)> PageAsync(
        Guid citizenId, bool unreadOnly, int first, string? after, CancellationToken cancellationToken)
    {
        var query = await VisibleAsync(citizenId, cancellationToken);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var total = await query.CountAsync(cancellationToken);
        if (after is not null)
        {
            var cursor = Decode(after);
            query = query.Where(n => n.Id.CompareTo(cursor) < 0);
        }

        var rows = await query.OrderByDescending(n => n.Id).Take(first + 1).ToListAsync(cancellationToken);
        return (rows.Take(first).ToList(), rows.Count > first, total);
    }

    public async Task<int> UnreadCountAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await (await VisibleAsync(citizenId, cancellationToken)).CountAsync(n => n.ReadAt == null, cancellationToken);

    /// <summary>Marks one read; another citizen's notification does not exist for this one.</summary>
    public async Task<Notification> MarkReadAsync(Guid citizenId, Guid notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.CitizenId == citizenId, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.NotFound);
        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return notification;
    }

    public Task<int> MarkAllReadAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        DateTimeOffset? now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.CitizenId == citizenId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>Every kind × channel with the citizen's choice or the default.</summary>
    public async Task<IReadOnlyList<NotificationPreference>> PreferencesAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.CitizenId == citizenId).ToListAsync(cancellationToken);
        return [.. from kind in Enum.GetValues<NotificationKind>()
                   from channel in Enum.GetValues<NotificationChannel>()
                   select chosen.FirstOrDefault(p => p.Kind == kind && p.Channel == channel)
                       ?? new NotificationPreference { CitizenId = citizenId, Kind = kind, Channel = channel, Enabled = NotificationDefaults.IsEnabled(kind, channel) }];
    }

    public async Task<IReadOnlyList<NotificationPreference>> SetPreferenceAsync(
        Guid citizenId, NotificationKind kind, NotificationChannel channel, bool enabled, CancellationToken cancellationToken)
    {
        var existing = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.CitizenId == citizenId && p.Kind == kind && p.Channel == channel, cancellationToken);
        if (existing is null)
        {
            db.NotificationPreferences.Add(new NotificationPreference { CitizenId = citizenId, Kind = kind, Channel = channel, Enabled = enabled });
        }
        else
        {
            existing.Enabled = enabled;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // The same switch flipped twice at once: the other request's row stands.
            db.ChangeTracker.Clear();
            throw new UserInputException(UserErrorCodes.ChangedMeanwhile, ex);
        }

        return await PreferencesAsync(citizenId, cancellationToken);
    }

    public static string CursorOf(Notification notification) => notification.Id.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>The citizen's notifications of the kinds they keep in the portal.</summary>
    private async Task<IQueryable<Notification>> VisibleAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        var hidden = (await PreferencesAsync(citizenId, cancellationToken))
            .Where(p => p.Channel == NotificationChannel.Portal && !p.Enabled).Select(p => p.Kind).ToList();
        return db.Notifications.AsNoTracking().Where(n => n.CitizenId == citizenId && !hidden.Contains(n.Kind));
    }

    private static Guid Decode(string cursor) =>
        Guid.TryParseExact(cursor, "N", out var id) ? id : throw new UserInputException(UserErrorCodes.InvalidCursor);
}
