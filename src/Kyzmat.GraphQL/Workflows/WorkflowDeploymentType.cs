using GraphQL.Types;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowDeploymentType : ObjectGraphType<DeploymentResult>
{
    public WorkflowDeploymentType()
    {
        Name = "WorkflowDeployment";
        this.AdminOnly();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The definition id, `key:version`.").Resolve(c => c.Source.DefinitionId);
        Field(d => d.Key);
        Field(d => d.Version);
        Field<NonNullGraphType<BooleanGraphType>>("createdNew")
            .Description("False when the XML was the same as the latest version's: nothing new was stored.")
            .Resolve(c => c.Source.Created);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowDeploymentType>>>>("alsoDeployed")
            .Description("The file's other executable processes (the pools of a collaboration), each deployed as a definition of its own "
                + "in the same deployment; empty for a file with one process.")
            .Resolve(c => c.Source.AlsoDeployed);
    }
}
