using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Databases;

namespace Kyzmat.Recruitment.Tests.Persistence;

/// <summary>Opens a real, empty database of the given provider for one test.</summary>
internal static class TestDatabases
{
    public static async Task<OpenDatabase> OpenAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new SqliteTestDatabase();
                return new OpenDatabase(new DatabaseSettings(provider, sqlite.ConnectionString), () =>
                {
                    sqlite.Dispose();
                    return ValueTask.CompletedTask;
                });
            case DatabaseProvider.PostgreSql:
                var postgres = await PostgresServer.CreateDatabaseAsync();
                return new OpenDatabase(new DatabaseSettings(provider, postgres.ConnectionString), postgres.DisposeAsync);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "No test server for this provider here.");
        }
    }

    internal sealed class OpenDatabase(DatabaseSettings settings, Func<ValueTask> drop) : IAsyncDisposable
    {
        public DatabaseSettings Settings { get; } = settings;

        public KyzmatDbContext NewContext() => KyzmatDbContextOptions.CreateContext(Settings);

        public ValueTask DisposeAsync() => drop();
    }
}
