using System.Text.Json.Nodes;

namespace Kyzmat.Workflows.Jobs;

/// <summary>What a service-task handler gets: the job, its instance, the variables (with input mappings applied) and headers.</summary>
public sealed class ServiceTaskContext
{
    public required Guid JobId { get; init; }

    public required Guid InstanceId { get; init; }

    public string? BusinessKey { get; init; }

    /// <summary>
    /// The instance is an administrator's test run (no business key): a handler with effects outside the engine (mail,
    /// the domain's records) should refuse it, failing the job (docs/decisions/0103-workflow-test-runs.md).
    /// </summary>
    public bool IsTestRun { get; init; }

    public required string ElementId { get; init; }

    public required string TaskType { get; init; }

    /// <summary>1 for the first attempt.</summary>
    public required int Attempt { get; init; }

    public required int RetriesLeft { get; init; }

    public required JsonObject Variables { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>A listener's job: the event it runs at (start, end, creating, completing); null for a task's own job.</summary>
    public string? ListenerEventType { get; init; }

    /// <summary>A task listener's job: the user task as it is now (with corrections of earlier listeners).</summary>
    public Tasks.UserTaskInfo? UserTask { get; init; }

    /// <summary>The DI scope of this attempt (the same DbContext instance the engine saves).</summary>
    public required IServiceProvider Services { get; init; }
}
