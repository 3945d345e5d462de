using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Recruitment.Tests;

/// <summary>The recruitment room's services over a real, migrated and seeded database with a data folder of its own.</summary>
internal sealed class RecruitmentRoom : IAsyncDisposable
{
    private readonly TestDatabases.OpenDatabase _database;
    private readonly ServiceProvider _services;

    private RecruitmentRoom(TestDatabases.OpenDatabase database, ServiceProvider services, string dataPath)
    {
        _database = database;
        _services = services;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public static async Task<RecruitmentRoom> StartAsync(
        DatabaseProvider provider, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabases.OpenAsync(provider);
        var dataPath = Path.Combine(Path.GetTempPath(), "kyzmat-room-" + Guid.NewGuid().ToString("N")[..12]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kyzmat:DataPath"] = dataPath,
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Kyzmat"] = database.Settings.ConnectionString,
        }.Concat(settings ?? [])).Build();
        var collection = new ServiceCollection().AddLogging().AddKyzmatRecruitment(configuration);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new RecruitmentRoom(database, services, dataPath);
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync<bool>(async s =>
    {
        await work(s);
        return true;
    });

    /// <summary>The storage keys of every file's content kept, in the database and on disk.</summary>
    public async Task<List<string>> StoredContentsAsync()
    {
        var keys = await InScopeAsync(s => s.GetRequiredService<KyzmatDbContext>().DocumentContents.Select(c => c.Key).ToListAsync());
        var folder = Path.Combine(DataPath, "files");
        if (Directory.Exists(folder))
        {
            keys.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')));
        }

        return keys;
    }

    public IEnumerable<string> TemporaryFiles() =>
        Directory.Exists(Path.Combine(DataPath, "tmp")) ? Directory.EnumerateFiles(Path.Combine(DataPath, "tmp")) : [];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
