using System.Data.Common;
using Kyzmat.Recruitment.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>Brings the database to the current schema and loads seed data; run once at start-up.</summary>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _done;

    /// <summary>Runs once per process; later calls return at once.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await MigrateAndSeedAsync(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    private async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        try
        {
            // A plain open first: it fails at once when the server is not there, where the migrator would
            // keep retrying for half a minute before saying so.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.CloseConnectionAsync();
            // Asking an empty database for its applied migrations makes EF log a failed command; ask first whether it has any.
            var history = db.GetService<IHistoryRepository>();
            var pending = await history.ExistsAsync(cancellationToken)
                ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
                : db.Database.GetMigrations().ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, settings.Provider, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
                if (settings.Provider == DatabaseProvider.PostgreSql)
                {
                    // Statements prepared before the schema changed must not be reused (PostgreSqlConnectionDefaults).
                    Npgsql.NpgsqlConnection.ClearAllPools();
                }
            }
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw new KyzmatConfigurationException(
                $"The database {settings.DescribeSafely()} cannot be reached: {Innermost(ex).Message} " +
                "Check Database:Provider and ConnectionStrings:Kyzmat, and that the server is running.", ex);
        }

        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
    }

    private static bool IsConnectionFailure(Exception ex) =>
        ex is DbException or TimeoutException or InvalidOperationException { InnerException: DbException or TimeoutException };

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Provider} database: {Count} migration(s) to apply")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);
}
