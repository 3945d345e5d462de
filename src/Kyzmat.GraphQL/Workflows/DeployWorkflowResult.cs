using Kyzmat.Workflows.Parsing;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>What a deployment did: the definition that is now the latest, or — when refused — why, element by element.</summary>
public sealed record DeployWorkflowResult(DeploymentResult? Definition, IReadOnlyList<Finding> Findings)
{
    public static DeployWorkflowResult Deployed(DeploymentResult definition) => new(definition, []);

    public static DeployWorkflowResult Refused(IReadOnlyList<Finding> findings) => new(null, findings);
}
