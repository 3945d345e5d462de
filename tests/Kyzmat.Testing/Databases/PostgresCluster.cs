using System.Diagnostics;

namespace Kyzmat.Testing.Databases;

/// <summary>A private PostgreSQL cluster in a temp folder, owned by this test process.</summary>
internal sealed class PostgresCluster
{
    private const string SuperUser = "kyzmat";
    private readonly string _binaries;
    private readonly string _folder;
    private int _stopped;

    private PostgresCluster(string binaries, string folder, int port)
    {
        _binaries = binaries;
        _folder = folder;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username={SuperUser};Database=postgres;Pooling=true;Maximum Pool Size=50";
    }

    public string ConnectionString { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PostgresCluster> StartAsync(string binaries)
    {
        RemoveAbandoned();
        var folder = Path.Combine(Path.GetTempPath(), "kyzmat-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = TestEnvironment.FreeTcpPort();
        var cluster = new PostgresCluster(binaries, folder, port);

        // PostgreSQL refuses to run as root; CI runs as root, so the cluster then belongs to 'postgres'.
        if (RunsAsRoot)
        {
            Run("chown", $"-R postgres:postgres \"{folder}\"", asPostgres: false);
        }

        cluster.Pg("initdb", $"-D \"{cluster.DataFolder}\" -U {SuperUser} --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync");
        var options = $"-p {port} -k \\\"{folder}\\\" -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        if (Environment.GetEnvironmentVariable(PostgresServer.OptionsVariable) is { Length: > 0 } extra)
        {
            options += " " + extra;
        }

        cluster.Pg("pg_ctl", $"-D \"{cluster.DataFolder}\" -l \"{Path.Combine(folder, "server.log")}\" -o \"{options}\" -w -t 60 start");
        await PostgresServer.WaitUntilAcceptingAsync(cluster.ConnectionString, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return cluster;
    }

    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            Pg("pg_ctl", $"-D \"{DataFolder}\" -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder is removed below all the same.
        }

        DeleteFolder(_folder);
    }

    /// <summary>
    /// Removes clusters that earlier test processes left behind (their server no longer running), so that
    /// temp does not fill up when a process could not clean up after itself.
    /// </summary>
    public static void RemoveAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "kyzmat-pg-*"))
        {
            var stale = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > TimeSpan.FromMinutes(30);
            if (stale && !File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                DeleteFolder(folder);
            }
        }
    }

    private static void DeleteFolder(string folder)
    {
        // The server may still be letting go of its files for a moment after pg_ctl returns.
        for (var attempt = 0; attempt < 20 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private void Pg(string tool, string arguments) =>
        Run(Path.Combine(_binaries, tool), arguments, RunsAsRoot);

    private static void Run(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- \"{program}\" {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(90_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
