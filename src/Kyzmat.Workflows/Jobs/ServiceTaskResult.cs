using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// The outcome of a handler that did not fail: completed, with variables to merge (through the task's output mappings,
/// if any); or a BPMN error for an error boundary event to catch (uncaught, an incident), as Camunda 8's job workers throw.
/// A user task listener's handler may also correct the task's attributes, or (completing) deny the completion.
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

    /// <summary>A task listener's corrections of the task's attributes; null changes nothing.</summary>
    public UserTaskCorrections? Corrections { get; private init; }

    /// <summary>A completing task listener refused the completion: the task stays open.</summary>
    public bool Denied { get; private init; }

    public string? DeniedReason { get; private init; }

    /// <summary>An ad-hoc sub-process's job: which inner elements to activate, and whether it is complete; null otherwise.</summary>
    public AdHocSubProcessResult? AdHocSubProcess { get; private init; }

    public static ServiceTaskResult Complete(JsonObject? variables = null) => new(variables, null, null);

    /// <summary>
    /// Completes an ad-hoc sub-process's job (Camunda's <c>adHocSubProcess</c> job result): the elements to activate, each
    /// with variables of its own, or the completion condition fulfilled (not both). <paramref name="variables"/> are merged
    /// from the ad-hoc sub-process outwards, as Zeebe merges a job's variables.
    /// </summary>
    public static ServiceTaskResult CompleteAdHocSubProcess(AdHocSubProcessResult result, JsonObject? variables = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(variables, null, null) { AdHocSubProcess = result };
    }

    public static ServiceTaskResult ThrowError(string code, string? message = null, JsonObject? variables = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new(variables, code, message);
    }

    /// <summary>A task listener lets the transition go on with these attributes changed.</summary>
    public static ServiceTaskResult Correct(UserTaskCorrections corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        return new(null, null, null) { Corrections = corrections };
    }

    /// <summary>A completing task listener refuses the completion; the completer gets TASK_COMPLETION_DENIED with the reason.</summary>
    public static ServiceTaskResult Deny(string? reason = null) => new(null, null, null) { Denied = true, DeniedReason = reason };
}
