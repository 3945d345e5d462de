using Kyzmat.Workflows.Jobs;
using Kyzmat.Workflows.Runtime;
using Kyzmat.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>One "host process" of the engine on a test database; a restart is a new EngineHost on the same database.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public EngineHost(TestDatabase database, ManualTimeProvider clock, Action<IServiceCollection>? services = null, Action<WorkflowEngineOptions>? configure = null)
    {
        Clock = clock;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddDbContext<TestDbContext>(database.Configure);
        collection.AddKyzmatWorkflows<TestDbContext>(o =>
        {
            o.EnablePolling = false;
            o.RetryBackoff = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _provider;

    public IWorkflowJobRunner Runner => _provider.GetRequiredService<IWorkflowJobRunner>();

    public async Task<T> Engine<T>(Func<IWorkflowEngine, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IWorkflowEngine>());
    }

    public async Task Engine(Func<IWorkflowEngine, Task> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IWorkflowEngine>());
    }

    public async Task<T> Tasks<T>(Func<IUserTaskService, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IUserTaskService>());
    }

    public async Task Tasks(Func<IUserTaskService, Task> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IUserTaskService>());
    }

    public async Task<T> Forms<T>(Func<Kyzmat.Workflows.Forms.IWorkflowForms, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<Kyzmat.Workflows.Forms.IWorkflowForms>());
    }

    public async Task<T> Db<T>(Func<TestDbContext, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<DeploymentResult> DeployAsync(string diagram) => Engine(e => e.DeployAsync(Diagrams.Load(diagram), diagram + ".bpmn"));

    public Task<WorkflowInstanceInfo> StartAsync(string key, string? businessKey = null, string? variablesJson = null) =>
        Engine(e => e.StartByKeyAsync(key, businessKey, variablesJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(variablesJson)!.AsObject()));

    public Task<WorkflowInstanceInfo> InstanceAsync(Guid id) => Engine(e => e.GetInstanceAsync(id));

    public async Task<UserTaskInfo> SingleTaskAsync(Guid instanceId, string elementId) =>
        Assert.Single((await Tasks(t => t.QueryAsync(new UserTaskQuery { InstanceId = instanceId }))).Items, t => t.ElementId == elementId);

    public Task CompleteAsync(Guid taskId, string user = "tester", string? variablesJson = null) =>
        Tasks(t => t.CompleteAsync(taskId, user, variablesJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(variablesJson)!.AsObject()));

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
