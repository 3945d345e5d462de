using GraphQL.Types;
using Kyzmat.GraphQL.Workflows;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.GraphQL.Forms;

public sealed class WorkflowFormType : ObjectGraphType<FormInfo>
{
    public WorkflowFormType()
    {
        Name = "WorkflowForm";
        Description = "A deployed version of a Camunda form (form-js JSON, as a `.form` file).";
        this.AdminOnly();
        Field<NonNullGraphType<IdGraphType>>("id").Description("`formId:version`, e.g. `background-check:2`.").Resolve(c => c.Source.Id);
        Field(f => f.FormId).Description("The form's `id`: what a user task's `zeebe:formDefinition formId` names.");
        Field(f => f.Version);
        Field(f => f.VersionTag, nullable: true).Description("The form's `versionTag`, which a user task may bind to.");
        Field(f => f.ResourceName, nullable: true).Description("The file it was deployed from, when deployed from the `workflows` folder.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deployedAt").Resolve(c => WorkflowTime.Of(c.Source.DeployedAt));
        Field(f => f.Json).Description("The form's JSON, exactly as deployed.");
    }
}
