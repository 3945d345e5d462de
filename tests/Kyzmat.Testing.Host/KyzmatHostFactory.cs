using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Testing.Host;

/// <summary>The real host, with its own data folder and the database given, served in process.</summary>
public sealed class KyzmatHostFactory(DatabaseProvider provider, string? connectionString, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "kyzmat-host-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Every SQL command the host sends.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Further settings (configuration keys and values) for this host.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "Kyzmat.Server"));
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
        builder.UseSetting("Kyzmat:DataPath", DataPath);
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Kyzmat", connectionString ?? "");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (environment == "Production")
        {
            foreach (var (key, value) in ProductionSecrets.For(DataPath, Settings))
            {
                builder.UseSetting(key, value);
            }
        }
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
