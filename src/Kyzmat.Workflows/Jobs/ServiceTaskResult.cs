using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Jobs;

/// <summary>The outcome of a successful handler: variables to merge (through the task's output mappings, if any).</summary>
public sealed class ServiceTaskResult
{
    private ServiceTaskResult(JsonObject? variables) => Variables = variables;

    public JsonObject? Variables { get; }

    public static ServiceTaskResult Complete(JsonObject? variables = null) => new(variables);
}
