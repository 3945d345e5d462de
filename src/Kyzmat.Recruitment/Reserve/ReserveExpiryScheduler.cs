using Hangfire;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kyzmat.Recruitment.Reserve;

/// <summary>Registers <see cref="ReserveExpiryJob"/> as a recurring job where a job storage is configured.</summary>
internal sealed class ReserveExpiryScheduler(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The job storage lives in the database: it must be reachable and migrated first.
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<ReserveExpiryJob>(
            ReserveExpiryJob.Id, job => job.RunAsync(CancellationToken.None), ReserveExpiryJob.Schedule);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
