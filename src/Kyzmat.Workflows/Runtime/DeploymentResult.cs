namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// The outcome of a deployment: the definition that is now the latest, and whether it was new. A file with several
/// executable processes (a collaboration's pools) deploys each: the first here, the others in <see cref="AlsoDeployed"/>.
/// A DMN file deploys each of its decisions the same way (<see cref="Kind"/> "decision"; the key is the decision id).
/// </summary>
public sealed record DeploymentResult(string DefinitionId, string Key, int Version, bool Created)
{
    public const string ProcessKind = "process";
    public const string DecisionKind = "decision";

    /// <summary>"process" (a BPMN process) or "decision" (a DMN decision).</summary>
    public string Kind { get; init; } = ProcessKind;

    public IReadOnlyList<DeploymentResult> AlsoDeployed { get; init; } = [];
}
