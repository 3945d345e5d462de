using Kyzmat.Recruitment.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Persistence;

/// <summary>The one place that turns <see cref="DatabaseSettings"/> into a configured context.</summary>
public static class KyzmatDbContextOptions
{
    public static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteKyzmatDbContext),
        DatabaseProvider.PostgreSql => typeof(PostgreSqlKyzmatDbContext),
        DatabaseProvider.SqlServer => typeof(SqlServerKyzmatDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// The assembly that holds the provider's migrations (<c>src/Kyzmat.Recruitment.Migrations.&lt;Provider&gt;</c>,
    /// decision 0001). It references this one, so the host references it and EF Core loads it by name.
    /// </summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => $"Kyzmat.Recruitment.Migrations.{provider}";

    /// <remarks>
    /// No retrying execution strategy: the workflow engine and the domain commit several writes in one explicit
    /// transaction, which a retrying strategy refuses; a failed command surfaces at once instead.
    /// </remarks>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        var migrations = MigrationsAssembly(settings.Provider);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.CommandTimeout(30).MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString, sqlServer => sqlServer.MigrationsAssembly(migrations));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null);
        }
    }

    /// <summary>Creates a context outside dependency injection (design time, tools, tests).</summary>
    public static KyzmatDbContext CreateContext(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteKyzmatDbContext(Build<SqliteKyzmatDbContext>(settings)),
        DatabaseProvider.PostgreSql => new PostgreSqlKyzmatDbContext(Build<PostgreSqlKyzmatDbContext>(settings)),
        DatabaseProvider.SqlServer => new SqlServerKyzmatDbContext(Build<SqlServerKyzmatDbContext>(settings)),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
    };

    private static DbContextOptions<TContext> Build<TContext>(DatabaseSettings settings)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, settings);
        return builder.Options;
    }
}
