using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Server.Hosting;

/// <summary>
/// Migrates and seeds the database before anything else starts (hosted services start in order of
/// registration, and this one is registered before the job server).
/// </summary>
internal sealed class DatabaseStartup(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
