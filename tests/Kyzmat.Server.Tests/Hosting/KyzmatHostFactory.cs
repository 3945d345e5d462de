using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kyzmat.Server.Tests.Hosting;

/// <summary>The real host, with its own data folder and the database given, served in process.</summary>
public sealed class KyzmatHostFactory(DatabaseProvider provider, string? connectionString, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "kyzmat-host-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Kyzmat:DataPath", DataPath);
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Kyzmat", connectionString ?? "");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
