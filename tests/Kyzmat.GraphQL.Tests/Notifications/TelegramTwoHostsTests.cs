using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.TelegramAlerts;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.GraphQL.Tests.Notifications;

/// <summary>Telegram answers one poller per bot: two hosts of one installation take turns through a lease.</summary>
public sealed class TelegramTwoHostsTests
{
    [SkippableFact]
    [PostgreSqlTest]
    public async Task TwoHostsPollingOneBot_HandleEachUpdateOnce_AndWhenTheHolderStopsTheOtherGoesOn()
    {
        await using var telegram = await FakeTelegramBotApi.StartAsync();
        var settings = telegram.Settings();
        settings["Kyzmat:Telegram:LeaseRetryInterval"] = "00:00:00.500";
        await using var first = await IdentityTestHost.StartAsync(DatabaseProvider.PostgreSql, settings: settings);
        var second = await IdentityTestHost.StartBesideAsync(first);
        try
        {
            for (var chat = 1; chat <= 10; chat++)
            {
                telegram.Type(chat, "/start not-a-link-token");
            }

            await Eventually.WaitUntilAsync(() => Task.FromResult(telegram.Sent.Count >= 10), "every chat has been answered");
            await Task.Delay(TimeSpan.FromSeconds(3)); // time for a second, wrong answer to arrive
            Assert.Equal(Enumerable.Range(1, 10).Select(c => (long)c), telegram.Sent.Select(m => m.ChatId).Order());
            Assert.Equal(0, telegram.Conflicts);

            // The holder stops (a rolling upgrade): it lets the lease go and the other host polls from where it stopped.
            var holder = await first.QueryAsync(db => db.HostLeases.Where(l => l.Name == TelegramOptions.PollerLease).Select(l => l.Holder).SingleAsync());
            var (stopping, staying) = holder == first.Services.GetRequiredService<Kyzmat.Recruitment.Installation.HostLeases>().ThisHost ? (first, second) : (second, first);
            await stopping.StopAsync();
            telegram.Type(11, "/start not-a-link-token");

            await telegram.NextMessageToAsync(11);
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(11, telegram.Sent.Count);
            Assert.Equal(0, telegram.Conflicts);
            Assert.NotEqual(holder, await staying.QueryAsync(db => db.HostLeases.Where(l => l.Name == TelegramOptions.PollerLease).Select(l => l.Holder).SingleAsync()));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }
}
