namespace Kyzmat.Testing.Databases;

/// <summary>A SQLite database file of its own in a temp folder, removed on dispose.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _folder;

    public SqliteTestDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kyzmat-sqlite-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "kyzmat.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
