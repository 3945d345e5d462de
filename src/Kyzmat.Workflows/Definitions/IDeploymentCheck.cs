using Kyzmat.Workflows.Parsing;

namespace Kyzmat.Workflows.Definitions;

/// <summary>
/// A host's own rules for a process it depends on, run on every deployment after the engine has parsed and validated
/// the diagram: findings refuse it as the engine's own do (<c>DEFINITION_INVALID</c>), shown on the elements concerned.
/// The engine knows nothing of what a host needs; this is how the host says it.
/// </summary>
public interface IDeploymentCheck
{
    IReadOnlyList<Finding> Check(ProcessModel process);
}
