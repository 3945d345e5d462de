using System.Diagnostics;
using Kyzmat.Testing;

namespace Kyzmat.Server.Tests.Hosting;

/// <summary>The real host process, started as an operator would, refusing a configuration that cannot work.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Start_WithUnknownProvider_ExitsWithClearMessageAndNoStackTrace()
    {
        var (exitCode, output) = await RunHostAsync(("Database__Provider", "Oracle"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kyzmat cannot start: Database:Provider 'Oracle' is not a database provider Kyzmat knows", output, StringComparison.Ordinal);
        AssertOnePlainLine(output);
    }

    [Fact]
    public async Task Start_WithUnreachablePostgreSql_ExitsWithClearMessageWithoutPassword()
    {
        var port = TestEnvironment.FreeTcpPort();
        var (exitCode, output) = await RunHostAsync(
            ("Database__Provider", "PostgreSql"),
            ("ConnectionStrings__Kyzmat", $"Host=127.0.0.1;Port={port};Database=kyzmat;Username=kyzmat;Password=secret-word;Timeout=3"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kyzmat cannot start: The database PostgreSql", output, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", output, StringComparison.Ordinal);
        AssertOnePlainLine(output);
    }

    [Fact]
    public async Task Start_WithPostgreSqlButNoConnectionString_SaysWhichSettingIsMissing()
    {
        var (exitCode, output) = await RunHostAsync(("Database__Provider", "PostgreSql"));

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:Kyzmat", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithCloudSignaturesButNoServiceAddress_SaysWhatToSet()
    {
        var (exitCode, output) = await RunHostAsync(("Kyzmat__Signatures__Provider", "Cloud"), ("Kyzmat__Signatures__Cloud__ApiKey", "key"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kyzmat:Signatures:Cloud:BaseUrl", output, StringComparison.Ordinal);
        Assert.Contains("Kyzmat:Signatures:Cloud:TrustedCaPath", output, StringComparison.Ordinal);
        AssertOnePlainLine(output);
    }

    [Fact]
    public async Task Start_WithATelegramBotButNoUserName_SaysWhatToSet()
    {
        var (exitCode, output) = await RunHostAsync(("Kyzmat__Telegram__BotToken", "123:abc"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kyzmat:Telegram:BotUserName", output, StringComparison.Ordinal);
        AssertOnePlainLine(output);
    }

    [Fact]
    public async Task Start_WithAMistypedHoliday_SaysHowToWriteOne()
    {
        var (exitCode, output) = await RunHostAsync(("Kyzmat__Applications__YearlyHolidays__0", "21 March"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kyzmat:Applications:YearlyHolidays must be month-days like 03-21", output, StringComparison.Ordinal);
        AssertOnePlainLine(output);
    }

    [Fact]
    public async Task Start_InProductionWithoutConfiguredTokenKeys_SaysWhatToSet()
    {
        var (exitCode, output) = await RunHostAsync(("ASPNETCORE_ENVIRONMENT", "Production"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kyzmat:Identity:SigningCertificates", output, StringComparison.Ordinal);
        Assert.Contains("Kyzmat:Identity:TokenEncryptionKey", output, StringComparison.Ordinal);
        AssertOnePlainLine(output);
    }

    /// <summary>What the operator reads on standard error: one line of reason, no stack trace.</summary>
    private static void AssertOnePlainLine(string error)
    {
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Kyzmat cannot start: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> RunHostAsync(params (string Name, string Value)[] environment)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "kyzmat-refusal-" + Guid.NewGuid().ToString("N")[..12]);
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "Kyzmat.Server.dll")}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Kyzmat__DataPath"] = dataPath;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment.Remove("ConnectionStrings__Kyzmat");
        // Development unless a test says otherwise: Production would first ask for its keys (tested on its own).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host kept running: it should have refused to start.");
        }
        finally
        {
            if (Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }

        await stdout;
        return (process.ExitCode, await stderr);
    }
}
