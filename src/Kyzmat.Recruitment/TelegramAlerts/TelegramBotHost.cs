using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>
/// Connects the bot once the database is ready: in webhook mode it tells Telegram where to post (with the secret
/// token); in polling mode it removes any webhook and, while it holds the installation's poller lease, asks for updates in a
/// loop.
/// </summary>
internal sealed partial class TelegramBotHost(IServiceProvider services, ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<TelegramBotHost> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stoppingToken);
        var settings = options.Value;
        if (settings.Mode == TelegramUpdateMode.Webhook)
        {
            var url = new Uri(settings.WebhookBaseUrl!, TelegramOptions.WebhookPath + settings.WebhookSecret);
            await UntilItWorksAsync(() => bot.SetWebhook(url.AbsoluteUri, secretToken: settings.WebhookSecret, cancellationToken: stoppingToken), stoppingToken);
            return;
        }

        await UntilItWorksAsync(() => bot.DeleteWebhook(cancellationToken: stoppingToken), stoppingToken);
        var leases = services.GetRequiredService<HostLeases>();
        try
        {
            await PollWhileHoldingTheLeaseAsync(leases, settings, stoppingToken);
        }
        finally
        {
            await leases.ReleaseAsync(TelegramOptions.PollerLease, leases.ThisHost, CancellationToken.None);
        }
    }

    /// <summary>Telegram answers one poller per bot (a second gets 409): the hosts take turns through a lease.</summary>
    private async Task PollWhileHoldingTheLeaseAsync(HostLeases leases, TelegramOptions settings, CancellationToken stoppingToken)
    {
        // Long enough to outlast one getUpdates call: the holder renews it before every call.
        var leaseDuration = TimeSpan.FromSeconds(Math.Max(60, 2 * settings.PollingTimeoutSeconds + 10));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await leases.TryHoldAsync(TelegramOptions.PollerLease, leases.ThisHost, leaseDuration, stoppingToken))
                {
                    await Task.Delay(settings.LeaseRetryInterval, stoppingToken);
                    continue;
                }

                // The offset confirms to Telegram every update before it; kept in the lease, it carries over to the next holder.
                var offset = await leases.CheckpointAsync(TelegramOptions.PollerLease, stoppingToken);
                var updates = await bot.GetUpdates(offset > 0 ? (int)offset : null, timeout: settings.PollingTimeoutSeconds, cancellationToken: stoppingToken);
                foreach (var update in updates)
                {
                    await using (var scope = services.CreateAsyncScope())
                    {
                        await scope.ServiceProvider.GetRequiredService<TelegramUpdates>().HandleAsync(update, stoppingToken);
                    }

                    if (!await leases.SaveCheckpointAsync(TelegramOptions.PollerLease, leases.ThisHost, update.Id + 1L, stoppingToken))
                    {
                        break; // the lease went to another host while we worked: it goes on from our last checkpoint
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The Bot API, the database or one update failing must not end polling: wait and ask again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollingFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    /// <summary>Telegram being unreachable at start-up must not stop the portal: the call is repeated every half minute.</summary>
    private async Task UntilItWorksAsync(Func<Task> call, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await call();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPollingFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram polling failed; trying again")]
    private static partial void LogPollingFailed(ILogger logger, Exception exception);
}
