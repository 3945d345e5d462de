using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Databases;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Testing.Host;

/// <summary>
/// The real Kyzmat host on Kestrel (a free loopback port), with its own data folder and database, sending mail
/// through a real SMTP server of the test's own; optionally with a clock the test moves.
/// </summary>
public sealed class IdentityTestHost : WebApplicationFactory<Program>
{
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private Func<ValueTask> _dropDatabase;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private IdentityTestHost(DatabaseProvider provider, string connectionString, Func<ValueTask> dropDatabase, FakeTimeProvider? clock, Dictionary<string, string?> settings, int? port,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _provider = provider;
        _connectionString = connectionString;
        _dropDatabase = dropDatabase;
        _settings = settings;
        Clock = clock;
        Port = port ?? TestEnvironment.FreeTcpPort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
    }

    public TestSmtpServer Smtp { get; } = new();

    public FakeTimeProvider? Clock { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "kyzmat-identity-" + Guid.NewGuid().ToString("N")[..12]);

    /// <param name="services">Services the test adds to the host's (a job handler of its own, say).</param>
    public static async Task<IdentityTestHost> StartAsync(
        DatabaseProvider provider, bool fakeClock = false, Dictionary<string, string?>? settings = null, int? port = null, Action<IServiceCollection>? services = null)
    {
        string connectionString;
        Func<ValueTask> drop;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var database = await PostgresServer.CreateDatabaseAsync();
            (connectionString, drop) = (database.ConnectionString, database.DisposeAsync);
        }
        else
        {
            var database = new SqliteTestDatabase();
            (connectionString, drop) = (database.ConnectionString, () =>
            {
                database.Dispose();
                return ValueTask.CompletedTask;
            });
        }

        var clock = fakeClock ? new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) } : null;
        return await StartOnAFreePortAsync(() => new IdentityTestHost(provider, connectionString, drop, clock, settings ?? [], port, services), port is null);
    }

    /// <summary>
    /// A port found free can be taken by an outgoing connection before Kestrel binds it (both come from the ephemeral
    /// range): a host whose port was taken meanwhile starts again on another, unless the test chose the port.
    /// </summary>
    private static async Task<IdentityTestHost> StartOnAFreePortAsync(Func<IdentityTestHost> create, bool mayMove)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = create();
            host.UseKestrel(host.Port);
            try
            {
                host.StartServer();
                return host;
            }
            catch (IOException ex) when (mayMove && attempt < 5 && ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                host._dropDatabase = () => ValueTask.CompletedTask; // the next attempt uses the same database
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Another host of the same installation, as a second server behind a load balancer would be: the same database,
    /// its own data folder and port, the first host's mail server. The first host drops the database; stop this one first.
    /// </summary>
    public static Task<IdentityTestHost> StartBesideAsync(IdentityTestHost first, Dictionary<string, string?>? settings = null)
    {
        // Mail goes to the first host's SMTP server, as every host of an installation uses the same relay.
        settings = new Dictionary<string, string?>(settings ?? first._settings) { ["Kyzmat:Mail:Smtp:Port"] = first.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return StartOnAFreePortAsync(() => new IdentityTestHost(first._provider, first._connectionString, () => ValueTask.CompletedTask, null, settings, null), mayMove: true);
    }

    /// <summary>Shuts the host down as its operator would (background services stop, leases are let go); its database stays.</summary>
    public async Task StopAsync()
    {
        var lifetime = Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
        lifetime.StopApplication();
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public Browser NewBrowser() => new(BaseAddress);

    public KyzmatDbContext NewDbContext() => KyzmatDbContextOptions.CreateContext(new DatabaseSettings(_provider, _connectionString));

    public async Task<T> QueryAsync<T>(Func<KyzmatDbContext, Task<T>> query)
    {
        await using var db = NewDbContext();
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Kyzmat:DataPath", DataPath);
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("ConnectionStrings:Kyzmat", _connectionString);
        builder.UseSetting("Kyzmat:Mail:Transport", "Smtp");
        builder.UseSetting("Kyzmat:Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Kyzmat:Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Kyzmat:Mail:Smtp:Security", "None");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_settings.GetValueOrDefault("environment") == "Production")
        {
            foreach (var (key, value) in ProductionSecrets.For(DataPath, _settings))
            {
                builder.UseSetting(key, value);
            }
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _dropDatabase();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
