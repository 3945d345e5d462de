namespace Kyzmat.Workflows.Runtime;

/// <summary>
/// The outcome of a deployment: the definition that is now the latest, and whether it was new. A file with several
/// executable processes (a collaboration's pools) deploys each: the first here, the others in <see cref="AlsoDeployed"/>.
/// </summary>
public sealed record DeploymentResult(string DefinitionId, string Key, int Version, bool Created)
{
    public IReadOnlyList<DeploymentResult> AlsoDeployed { get; init; } = [];
}
