namespace Kyzmat.Workflows.Tests.Support;

/// <summary>Base of the tests that run the engine on both real databases.</summary>
public abstract class EngineTest
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql" };

    protected static async Task WithEngineAsync(string provider, Func<EngineHost, Task> test, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null,
        Action<WorkflowEngineOptions>? configure = null)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new EngineHost(database, new ManualTimeProvider(), services, configure);
        await test(host);
    }
}
