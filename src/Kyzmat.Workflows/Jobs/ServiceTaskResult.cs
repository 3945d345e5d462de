using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// The outcome of a handler that did not fail: completed, with variables to merge (through the task's output mappings,
/// if any); or a BPMN error for an error boundary event to catch (uncaught, an incident), as Camunda 8's job workers throw.
/// </summary>
public sealed class ServiceTaskResult
{
    private ServiceTaskResult(JsonObject? variables, string? errorCode, string? errorMessage)
    {
        Variables = variables;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public JsonObject? Variables { get; }

    /// <summary>The BPMN error's code when the handler threw one; null when it completed.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }

    public static ServiceTaskResult Complete(JsonObject? variables = null) => new(variables, null, null);

    public static ServiceTaskResult ThrowError(string code, string? message = null, JsonObject? variables = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new(variables, code, message);
    }
}
