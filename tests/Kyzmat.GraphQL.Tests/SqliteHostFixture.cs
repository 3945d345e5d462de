using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;

namespace Kyzmat.GraphQL.Tests;

/// <summary>One seeded host on SQLite shared by a test class (its tests only read).</summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    public KyzmatHostFactory Host { get; } = new(DatabaseProvider.Sqlite, connectionString: null);

    public GraphQLClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = new GraphQLClient(Host.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Http.Dispose();
        await Host.DisposeAsync();
    }
}
