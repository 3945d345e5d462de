using Hangfire;
using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kyzmat.Identity.Server;

/// <summary>
/// At start-up, after the database is ready: loads (outside Production, generates) the token keys, so that a broken key
/// stops the start and not a citizen's first request; seeds the client applications and schedules token pruning.
/// </summary>
internal sealed class IdentityStartup(IServiceProvider services, IOptions<KyzmatIdentityOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        _ = services.GetRequiredService<IOptionsMonitor<OpenIddict.Server.OpenIddictServerOptions>>().CurrentValue;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClientSeeder>().SeedAsync(cancellationToken);
        }

        services.GetService<IRecurringJobManager>()?.AddOrUpdate<TokenPruningJob>(
            TokenPruningJob.Id, job => job.RunAsync(CancellationToken.None), options.Value.PruneSchedule);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
