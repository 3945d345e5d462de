using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class DeployWorkflowResultType : ObjectGraphType<DeployWorkflowResult>
{
    public DeployWorkflowResultType()
    {
        Name = "DeployWorkflowResult";
        Description = "Either `definition` (deployed, or unchanged when the XML is the latest version's) or `findings` (refused; nothing stored).";
        this.AdminOnly();
        Field<WorkflowDeploymentType>("definition").Resolve(c => c.Source.Definition);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowFindingType>>>>("findings")
            .Description("Why the engine refused the diagram; empty when it was deployed.")
            .Resolve(c => c.Source.Findings);
    }
}
