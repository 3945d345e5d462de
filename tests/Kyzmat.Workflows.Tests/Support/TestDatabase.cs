using Kyzmat.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>A fresh real database of the given provider ("Sqlite" or "PostgreSql") with the schema created.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteTestDatabase? _sqlite;
    private readonly PostgresTestDatabase? _postgres;

    private TestDatabase(string provider, SqliteTestDatabase? sqlite, PostgresTestDatabase? postgres)
    {
        Provider = provider;
        _sqlite = sqlite;
        _postgres = postgres;
        ConnectionString = sqlite is not null ? sqlite.ConnectionString + ";Default Timeout=60" : postgres!.ConnectionString;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = provider == "Sqlite"
            ? new TestDatabase(provider, new SqliteTestDatabase(), null)
            : new TestDatabase(provider, null, await PostgresServer.CreateDatabaseAsync());
        var options = new DbContextOptionsBuilder<TestDbContext>();
        database.Configure(options);
        await using var context = new TestDbContext(options.Options);
        await context.Database.EnsureCreatedAsync();
        if (provider == "Sqlite")
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return database;
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (Provider == "Sqlite")
        {
            builder.UseSqlite(ConnectionString);
        }
        else
        {
            builder.UseNpgsql(ConnectionString);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _sqlite?.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
