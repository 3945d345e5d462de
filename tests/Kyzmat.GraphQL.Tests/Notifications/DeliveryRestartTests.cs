using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Notifications;

public sealed class DeliveryRestartTests
{
    [Fact]
    public async Task DeliveriesQueuedBeforeTheHostStops_AreSentAfterItStartsAgain()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "kyzmat-restart-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Guid deliveryId;
            await using (var first = Host(dataPath, pollingSeconds: "3600"))
            {
                // The dispatcher looks once at start, then not for an hour: published after that look, the delivery waits.
                first.StartServer();
                await Eventually.WaitUntilAsync(() => first.SqlCommands.Commands.Any(LooksForDueDeliveries), "the dispatcher has looked for due deliveries");
                deliveryId = await PublishAsync(first);
            }

            // The first host has stopped, its dispatcher with it: whatever it would have sent, it has.
            Assert.Equal(DeliveryState.Pending, await StateAsync(dataPath, deliveryId));
            Assert.Empty(OutboxFiles(dataPath));

            await using var second = Host(dataPath, pollingSeconds: "0.5");
            await Eventually.WaitUntilAsync(
                async () => await StateAsync(second, deliveryId) == DeliveryState.Sent, "the delivery queued before the restart is sent after it");

            var mail = Assert.Single(OutboxFiles(dataPath));
            Assert.Contains("restart@example.kg", await File.ReadAllTextAsync(mail), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    [Fact]
    public async Task NotificationsOlderThanAYear_AreDeletedByTheDailyJob_NewerOnesStay()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:Notifications:PollingSeconds"] = "3600";
        await PublishAsync(host);
        var oldId = await PublishAsync(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
            var notificationId = await db.NotificationDeliveries.Where(d => d.Id == oldId).Select(d => d.NotificationId).SingleAsync();
            var yearAndADayAgo = DateTimeOffset.UtcNow.AddDays(-366);
            await db.Notifications.Where(n => n.Id == notificationId).ExecuteUpdateAsync(s => s.SetProperty(n => n.CreatedAt, yearAndADayAgo));
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<NotificationRetentionJob>().RunAsync(CancellationToken.None));
            Assert.Equal(1, await db.Notifications.CountAsync());
            Assert.False(await db.NotificationDeliveries.AnyAsync(d => d.NotificationId == notificationId));
        }
    }

    private static KyzmatHostFactory Host(string dataPath, string pollingSeconds)
    {
        var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:DataPath"] = dataPath;
        host.Settings["Kyzmat:Notifications:PollingSeconds"] = pollingSeconds;
        return host;
    }

    /// <summary>A notification to a citizen with a confirmed address, saved as the domain saves one.</summary>
    private static async Task<Guid> PublishAsync(KyzmatHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        var citizen = await db.Citizens.OrderBy(c => c.Id).FirstAsync();
        citizen.Email = "restart@example.kg";
        citizen.EmailConfirmed = true;
        var notification = scope.ServiceProvider.GetRequiredService<NotificationCenter>()
            .Publish(citizen.Id, NotificationKind.Reserve, new("Кайра баштоо", "Перезапуск"), new("Текст.", "Текст."));
        await db.SaveChangesAsync();
        return await db.NotificationDeliveries.Where(d => d.NotificationId == notification.Id && d.Channel == NotificationChannel.Email).Select(d => d.Id).SingleAsync();
    }

    private static async Task<DeliveryState> StateAsync(KyzmatHostFactory host, Guid deliveryId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().NotificationDeliveries
            .Where(d => d.Id == deliveryId).Select(d => d.State).SingleAsync();
    }

    private static bool LooksForDueDeliveries(string sql) =>
        sql.Contains("FROM \"notification_deliveries\"", StringComparison.Ordinal) && sql.Contains("ORDER BY", StringComparison.Ordinal);

    private static async Task<DeliveryState> StateAsync(string dataPath, Guid deliveryId)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataPath, "kyzmat.db")}");
        await using var db = KyzmatDbContextOptions.CreateContext(settings);
        return await db.NotificationDeliveries.Where(d => d.Id == deliveryId).Select(d => d.State).SingleAsync();
    }

    private static string[] OutboxFiles(string dataPath)
    {
        var outbox = Path.Combine(dataPath, "outbox");
        return Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml") : [];
    }
}
