using System.Text.Json.Nodes;
using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Bench;

/// <summary>The service task of the benchmark process: returns a variable, writes nothing else.</summary>
public sealed class RecordHandler : IServiceTaskHandler
{
    public string Type => "record";

    public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) =>
        Task.FromResult(ServiceTaskResult.Complete(new JsonObject { ["approved"] = true }));
}
