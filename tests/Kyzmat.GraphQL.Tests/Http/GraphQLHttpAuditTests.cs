using System.Diagnostics;
using System.Text.Json;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing;

namespace Kyzmat.GraphQL.Tests.Http;

/// <summary>graphql-http's own server audit suite (npm), run by Node against the host on a real socket.</summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task ServerAudits_EveryMustAndShould_Pass()
    {
        var auditFolder = Path.Combine(TestEnvironment.RepositoryRoot(), "tests", "graphql-http-audit");
        await EnsureInstalledAsync(auditFolder);
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        var port = TestEnvironment.FreeTcpPort();
        host.UseKestrel(port);
        host.StartServer();

        var (exitCode, output, error) = await RunAsync("node", $"audit.mjs http://localhost:{port}/graphql", auditFolder);

        Assert.True(exitCode == 0, error);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.True(results.Count >= 40, $"only {results.Count} audits ran");
        var failed = results
            .Where(r => r.GetProperty("status").GetString() is "error" or "warn")
            .Select(r => $"{r.GetProperty("id")} {r.GetProperty("name")}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failed.Count == 0, string.Join('\n', failed));
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")))
        {
            return;
        }

        var (exitCode, _, error) = await RunAsync("npm", "ci --no-audit --no-fund", folder);
        Assert.True(exitCode == 0, "npm ci failed: " + error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string arguments, string folder)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
