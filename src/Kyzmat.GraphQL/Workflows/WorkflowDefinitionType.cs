using GraphQL.Types;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowDefinitionType : ObjectGraphType<DefinitionInfo>
{
    public WorkflowDefinitionType()
    {
        Name = "WorkflowDefinition";
        Description = "A deployed version of a process.";
        this.AdminOnly();
        Field<NonNullGraphType<IdGraphType>>("id").Description("`key:version`, e.g. `application-lifecycle:3`.").Resolve(c => c.Source.Id);
        Field(d => d.Key).Description("The process id in the diagram.");
        Field(d => d.Version);
        Field(d => d.Name, nullable: true);
        Field(d => d.ResourceName, nullable: true).Description("The file it was deployed from, when deployed from the `workflows` folder.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deployedAt").Resolve(c => WorkflowTime.Of(c.Source.DeployedAt));
        Field<StringGraphType>("bpmnXml")
            .Description("The diagram; only when one definition is asked for (`workflowDefinition`), null in lists.")
            .Resolve(c => c.Source.Xml);
    }
}
