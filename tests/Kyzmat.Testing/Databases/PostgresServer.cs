using System.Diagnostics;
using Npgsql;
using Xunit;

namespace Kyzmat.Testing.Databases;

/// <summary>
/// A real PostgreSQL server for tests: the one named by <c>KYZMAT_TEST_POSTGRES</c>, or else a private
/// throw-away cluster started from the machine's binaries (initdb + pg_ctl on a free port in a temp folder),
/// shared by every test of the process and removed when it exits.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionVariable = "KYZMAT_TEST_POSTGRES";
    public const string RequireVariable = "KYZMAT_REQUIRE_POSTGRES";
    public const string BinariesVariable = "KYZMAT_PG_BIN";

    /// <summary>More server options for the private cluster (<c>-c name=value …</c>), e.g. a benchmark's statement statistics.</summary>
    public const string OptionsVariable = "KYZMAT_PG_OPTIONS";

    private static readonly Lazy<Task<PostgresCluster?>> Cluster = new(StartAsync);

    /// <summary>True where tests must fail rather than skip when PostgreSQL cannot be had (CI sets it).</summary>
    public static bool SkippingForbidden =>
        Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true" or "yes";

    /// <summary>The server's admin connection string, or null with the reason why there is none.</summary>
    public static async Task<(string? ConnectionString, string? Reason)> TryGetAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, null);
        }

        var binaries = FindBinaries();
        if (binaries is null)
        {
            return (null, $"PostgreSQL is not installed (no initdb found; set {ConnectionVariable} or {BinariesVariable}).");
        }

        try
        {
            var cluster = await Cluster.Value.ConfigureAwait(false);
            return (cluster!.ConnectionString, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return (null, "The private PostgreSQL cluster did not start: " + ex.Message);
        }
    }

    /// <summary>Creates an empty database of its own for one test class (or test) and drops it on dispose.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var (admin, reason) = await TryGetAsync().ConfigureAwait(false);
        if (admin is null)
        {
            if (SkippingForbidden)
            {
                throw new InvalidOperationException($"PostgreSQL is required here ({RequireVariable} is set): {reason}");
            }

            Skip.If(true, reason);
        }

        return await PostgresTestDatabase.CreateAsync(admin!).ConfigureAwait(false);
    }

    internal static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable(BinariesVariable);
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")));
    }

    private static async Task<PostgresCluster?> StartAsync()
    {
        var cluster = await PostgresCluster.StartAsync(FindBinaries()!).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    internal static async Task WaitUntilAcceptingAsync(string connectionString, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync().ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException) when (watch.Elapsed < timeout)
            {
                await Task.Delay(20).ConfigureAwait(false);
            }
        }
    }
}
