using Kyzmat.Recruitment.Installation;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// The installation's version of the search's data, shared by every host on the database (decision 0017): a counter
/// in the <c>host_leases</c> row <see cref="RowName"/> (its checkpoint; no lease is held on it). A host that committed
/// a change of search data (<see cref="SearchDataChanges.Committed"/>) moves it at once; every host reads it every
/// <see cref="Interval"/> and, when another host moved it, drops its search caches. If this host dies between its
/// commit and the move, the others see the change after <see cref="SearchCaches.MaxAge"/>.
/// So a vacancy published on one host shows in the others' catalogue and cached responses within about a second.
/// </summary>
internal sealed partial class SharedSearchVersion(IServiceProvider services, SearchDataChanges changes, ILogger<SharedSearchVersion> logger) : BackgroundService
{
    public const string RowName = "search-data-version";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(stoppingToken);
        long? seen = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var told = 0;
            try
            {
                await changes.WaitForCommitAsync(Interval, stoppingToken);
                told = changes.TakeUntold();
                if (told > 0)
                {
                    await MoveAsync(told, stoppingToken);
                }

                // Moved: no longer to be given back. Moved by this host alone since the last read when the version is
                // the last one plus these (the caches were dropped when the change was saved).
                var moved = told;
                told = 0;

                // At the first read, anything cached before it (requests served while the database was being readied) goes.
                var version = await ReadAsync(stoppingToken);
                if (seen is null || version != seen + moved)
                {
                    changes.Changed();
                }

                seen = version;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                changes.Untold(told);
                break;
            }
#pragma warning disable CA1031 // A database hiccup must not stop the watch: the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // Not told: told at the next tick, so that the other hosts do not wait for the caches' minute.
                changes.Untold(told);
                LogReadFailed(logger, ex);
            }
        }

        await TellLastAsync();
    }

    /// <summary>A stopping host tells what it committed since the last tick, within a few seconds at most.</summary>
    private async Task TellLastAsync()
    {
        var told = changes.TakeUntold();
        if (told == 0)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await MoveAsync(told, timeout.Token);
        }
#pragma warning disable CA1031 // Stopping: the other hosts see the change after the caches' minute.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReadFailed(logger, ex);
        }
    }

    private async Task MoveAsync(int by, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KyzmatDbContext>().HostLeases.Where(l => l.Name == RowName)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Checkpoint, l => l.Checkpoint + by), cancellationToken);
    }

    private async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        if (await db.HostLeases.AsNoTracking().Where(l => l.Name == RowName).Select(l => (long?)l.Checkpoint).FirstOrDefaultAsync(cancellationToken) is { } version)
        {
            return version;
        }

        db.HostLeases.Add(new HostLease { Name = RowName, Holder = "", ExpiresAt = DateTimeOffset.UnixEpoch });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host made the row first.
        }

        return 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared search data version could not be read; another host's changes may show late")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
