using System.Collections.Concurrent;
using Kyzmat.Workflows.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>Handlers for listener tests: each runs a function of its type and records the call in a shared log.</summary>
public sealed class ListenerHandlers
{
    public ConcurrentQueue<ServiceTaskContext> Calls { get; } = new();

    public IEnumerable<string> Types => Calls.Select(c => c.TaskType);

    public ListenerHandlers On(IServiceCollection services, string type, Func<ServiceTaskContext, ServiceTaskResult> run)
    {
        services.AddSingleton<IServiceTaskHandler>(new Handler(type, context =>
        {
            Calls.Enqueue(context);
            return run(context);
        }));
        return this;
    }

    private sealed class Handler(string type, Func<ServiceTaskContext, ServiceTaskResult> run) : IServiceTaskHandler
    {
        public string Type => type;

        public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) => Task.FromResult(run(context));
    }
}
