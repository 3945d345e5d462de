using Hangfire;
using Microsoft.Extensions.Options;

namespace Kyzmat.Server.Jobs;

/// <summary>Runs Hangfire's job server inside the host, started after the database is ready.</summary>
internal sealed class JobServerHost(IServiceProvider services, IOptions<JobServerOptions> options) : IHostedService, IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Server)
        {
            return Task.CompletedTask;
        }

        var serverOptions = new BackgroundJobServerOptions
        {
            ServerName = $"kyzmat:{Environment.MachineName}:{Environment.ProcessId}",
            Activator = services.GetRequiredService<JobActivator>(),
        };
        if (options.Value.WorkerCount > 0)
        {
            serverOptions.WorkerCount = options.Value.WorkerCount;
        }

        _server = new BackgroundJobServer(serverOptions, services.GetRequiredService<JobStorage>());
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
        }
    }

    /// <summary>Also after a stop: a host that stopped on its own is stopped again when its owner disposes of it.</summary>
    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        _server = null;
        return ValueTask.CompletedTask;
    }
}
