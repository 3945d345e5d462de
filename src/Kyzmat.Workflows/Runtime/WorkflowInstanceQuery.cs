namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// Filters for <see cref="IWorkflowEngine.QueryInstancesAsync"/>; null filters are not applied. Instances come newest
/// first; <see cref="Skip"/> and <see cref="Take"/> page them (offsets, so that a caller may page by any size).
/// </summary>
public sealed record WorkflowInstanceQuery
{
    public const int MaxTake = 500;

    public string? DefinitionKey { get; init; }

    /// <summary>The definition's version (of <see cref="DefinitionKey"/>, or of any key when that is null).</summary>
    public int? DefinitionVersion { get; init; }

    /// <summary>Active, Completed or Cancelled (<see cref="InstanceStates"/>).</summary>
    public string? State { get; init; }

    public string? BusinessKey { get; init; }

    /// <summary>Only test runs (true) or only the others (false).</summary>
    public bool? IsTestRun { get; init; }

    public int Skip { get; init; }

    /// <summary>How many to return: 1 to <see cref="MaxTake"/> (clamped).</summary>
    public int Take { get; init; } = 50;
}
