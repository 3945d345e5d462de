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
            var applied = await history.ExistsAsync(cancellationToken)
                ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList()
                : [];
            var pending = db.Database.GetMigrations().Except(applied).ToList();
            if (pending.Count > 0)
            {
                ThrowIfFromAnotherMigrationLine(applied, db.Database.GetMigrations());
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

    /// <summary>
    /// Migrations are squashed before a release (decision 0001), so a database made by an earlier, unreleased line
    /// has applied migrations this build does not know while it still lacks this build's first one. Migrating it would
    /// fail half-way on tables that exist; it is refused with what to do instead. A database that is only ahead of
    /// this build (a newer host migrated it during a rolling upgrade) has nothing pending and is not refused.
    /// </summary>
    private void ThrowIfFromAnotherMigrationLine(IReadOnlyList<string> applied, IEnumerable<string> known)
    {
        var unknown = applied.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new KyzmatConfigurationException(
                $"The database {settings.DescribeSafely()} was created by an earlier development version of Kyzmat " +
                $"whose migrations were since squashed (it has {string.Join(", ", unknown.Take(3))}" +
                $"{(unknown.Count > 3 ? ", …" : "")}, which this version does not know). Kyzmat has not been released, so " +
                "such a database holds only development data: delete it (on the embedded default, the data folder's " +
                "kyzmat.db) or point ConnectionStrings:Kyzmat at an empty database, and start again.");
        }
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
