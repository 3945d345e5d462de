using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.GraphQL.Tests.Workflows;

/// <summary>One SQLite host with the administrator, an HR reviewer and a citizen signed in, shared by a test class.</summary>
public sealed class StaffFixture : IAsyncLifetime
{
    public StaffClients Clients { get; private set; } = null!;

    public GraphQLClient Admin { get; private set; } = null!;

    public GraphQLClient Hr { get; private set; } = null!;

    public GraphQLClient Citizen { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Clients = await StaffClients.StartAsync(DatabaseProvider.Sqlite);
        Admin = await Clients.AdminAsync();
        Hr = await Clients.HrAsync();
        Citizen = await Clients.CitizenAsync();
    }

    public async Task DisposeAsync() => await Clients.DisposeAsync();
}
