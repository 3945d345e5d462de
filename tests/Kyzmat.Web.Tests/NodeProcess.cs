using System.Diagnostics;

namespace Kyzmat.Web.Tests;

internal static class NodeProcess
{
    /// <summary>Runs a program to its end; returns its exit code and its output and error streams together.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["CI"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {arguments} took longer than {timeout}");
        }

        return (process.ExitCode, await output + await error);
    }
}
