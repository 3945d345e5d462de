using Hangfire;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kyzmat.Identity.Server;

/// <summary>At start-up, after the database is ready: seeds the client applications and schedules token pruning.</summary>
internal sealed class IdentityStartup(IServiceProvider services, IOptions<KyzmatIdentityOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClientSeeder>().SeedAsync(cancellationToken);
        }

        services.GetService<IRecurringJobManager>()?.AddOrUpdate<TokenPruningJob>(
            TokenPruningJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.PruneSchedule);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
