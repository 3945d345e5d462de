using System.Net;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Server.Tests.Hosting;

public sealed class HostStartupTests
{
    [Fact]
    public async Task Start_WithNoSetUp_UsesSqliteInDataFolderAndReportsReadyWithSeedData()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        using var client = host.CreateClient();

        var ready = await ReadHealthAsync(client, "/health/ready");

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["database", "jobs"], ready.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
        Assert.True(File.Exists(Path.Combine(host.DataPath, "kyzmat.db")));
        await AssertSeededAsync(host);
    }

    [SkippableFact]
    [PostgreSqlTest]
    public async Task Start_OnPostgreSql_MigratesSeedsAndReportsReady()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = new KyzmatHostFactory(DatabaseProvider.PostgreSql, database.ConnectionString);
        using var client = host.CreateClient();

        var ready = await ReadHealthAsync(client, "/health/ready");

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        await AssertSeededAsync(host);
    }

    [Fact]
    public async Task Live_AlwaysAnswersHealthyWithoutChecks()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        using var client = host.CreateClient();

        var live = await ReadHealthAsync(client, "/health/live");

        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Empty(live.GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task Start_InProduction_LoadsRegionsButNoDemoData()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null, environment: "Production");
        using var client = host.CreateClient();
        await ReadHealthAsync(client, "/health/ready");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        Assert.Equal(9, await db.Regions.CountAsync());
        Assert.Equal(0, await db.Vacancies.CountAsync());
        Assert.Equal(0, await db.StateBodies.CountAsync());
    }

    private static async Task AssertSeededAsync(KyzmatHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KyzmatDbContext>();
        Assert.Equal(9, await db.Regions.CountAsync());
        Assert.True(await db.StateBodies.CountAsync() >= 10);
        var now = DateTimeOffset.UtcNow;
        var open = await db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Published && v.Deadline > now);
        Assert.True(open >= 40, $"{open} open vacancies seeded");
    }

    private static async Task<JsonElement> ReadHealthAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
