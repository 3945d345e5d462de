using Kyzmat.Workflows.Forms;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.GraphQL.Forms;

/// <summary>What deploying a form did: the version that is now the latest, or — when refused — why, component by component.</summary>
public sealed record DeployWorkflowFormResult(FormInfo? Form, bool Created, IReadOnlyList<Finding> Findings);
