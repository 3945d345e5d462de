using GraphQL.Types;
using Kyzmat.GraphQL.Workflows;

namespace Kyzmat.GraphQL.Forms;

public sealed class DeployWorkflowFormResultType : ObjectGraphType<DeployWorkflowFormResult>
{
    public DeployWorkflowFormResultType()
    {
        Name = "DeployWorkflowFormResult";
        Description = "Either `form` (deployed, or unchanged when the JSON is the latest version's) or `findings` (refused; nothing stored).";
        this.AdminOnly();
        Field<WorkflowFormType>("form").Resolve(c => c.Source.Form);
        Field(r => r.Created).Description("True when this JSON became a new version.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowFindingType>>>>("findings")
            .Description("Why the form was refused (`elementId` is the component's id or key); empty when it was deployed.")
            .Resolve(c => c.Source.Findings);
    }
}
