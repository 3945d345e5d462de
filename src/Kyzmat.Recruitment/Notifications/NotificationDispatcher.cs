using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>Runs <see cref="NotificationDelivering"/> every few seconds once the database is ready; pending deliveries survive restarts.</summary>
internal sealed partial class NotificationDispatcher(IServiceProvider services, IOptions<NotificationOptions> options, ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollingSeconds));
        do
        {
            try
            {
                int taken;
                do
                {
                    await using var scope = services.CreateAsyncScope();
                    taken = await scope.ServiceProvider.GetRequiredService<NotificationDelivering>().SendDueAsync(Batch, stoppingToken);
                }
                while (taken == Batch && !stoppingToken.IsCancellationRequested);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop delivery for good: the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A notification delivery round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
