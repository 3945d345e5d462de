using System.Data.Common;
using Kyzmat.Recruitment.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>Brings the database to the current schema and loads seed data; run once at start-up.</summary>
public sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, settings.Provider, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
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
        ex is DbException or TimeoutException or InvalidOperationException { InnerException: DbException or TimeoutException }
        || ex is InvalidOperationException && ex.Message.Contains("transient failure", StringComparison.OrdinalIgnoreCase);

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
