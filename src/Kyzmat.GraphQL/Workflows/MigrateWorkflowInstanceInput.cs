using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class MigrateWorkflowInstanceInput : InputObjectGraphType<WorkflowMigration>
{
    public MigrateWorkflowInstanceInput()
    {
        Name = nameof(MigrateWorkflowInstanceInput);
        Field<NonNullGraphType<IdGraphType>>("instanceId");
        Field<NonNullGraphType<IdGraphType>>("targetDefinitionId").Description("`key:version` of another version of the same process.");
        Field<ListGraphType<NonNullGraphType<WorkflowElementMappingInput>>>("mapping")
            .Description("Element ids that changed between the versions; an element not listed keeps its id.");
    }
}
