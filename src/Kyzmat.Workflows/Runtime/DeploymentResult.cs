namespace Kyzmat.Workflows.Runtime;

/// <summary>The outcome of a deployment: the definition that is now the latest, and whether it was new.</summary>
public sealed record DeploymentResult(string DefinitionId, string Key, int Version, bool Created);
