using System.Diagnostics;
using System.Globalization;

namespace Kyzmat.Applications.Bench;

/// <summary>
/// Kyzmat.Server as its own process (as an operator runs it), so that it can be killed with SIGKILL: nothing of it
/// survives but what it committed to the database.
/// </summary>
internal sealed class HostProcess(string name, int port, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), $"kyzmat-faults-{name}-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _process;

    public string Name => name;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "Kyzmat.Server.dll")}\"")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.AbsoluteUri;
        start.Environment["Kyzmat__DataPath"] = _dataPath;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (!string.IsNullOrEmpty(line.Data))
            {
                Console.Error.WriteLine($"[{name}] {line.Data}");
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Host {name} exited with {_process.ExitCode} while starting.");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri(BaseAddress, "/health/ready"));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Host {name} was not ready within 3 minutes.");
    }

    /// <summary>SIGKILL: no shutdown, no lease let go, requests in flight cut.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{name} ({BaseAddress})");
}
