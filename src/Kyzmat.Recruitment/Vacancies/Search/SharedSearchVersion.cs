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
            try
            {
                await changes.WaitForCommitAsync(Interval, stoppingToken);
                var told = changes.TakeUntold();
                if (told > 0)
                {
                    await MoveAsync(told, stoppingToken);
                }

                // Moved by this host alone since the last read: the caches were dropped when the change was saved. At
                // the first read, anything cached before it (requests served while the database was being readied) goes.
                var version = await ReadAsync(stoppingToken);
                if (seen is null || version != seen + told)
                {
                    changes.Changed();
                }

                seen = version;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop the watch: the next tick reads again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogReadFailed(logger, ex);
            }
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
