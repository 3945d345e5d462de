using System.Text.Json.Nodes;
using Kyzmat.Workflows.Jobs;

namespace Kyzmat.Workflows.Tests.Support;

/// <summary>A "check" worker: throws the BPMN error named by the variable errorCode, if any, else completes.</summary>
public sealed class CheckHandler : IServiceTaskHandler
{
    public string Type => "check";

    public Task<ServiceTaskResult> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) =>
        Task.FromResult(context.Variables["errorCode"]?.GetValue<string>() is { } code
            ? ServiceTaskResult.ThrowError(code, "The diploma is not attached.", new JsonObject { ["reason"] = "no diploma" })
            : ServiceTaskResult.Complete());
}
