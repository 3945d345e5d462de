using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowInstanceFilterInput : InputObjectGraphType<WorkflowInstanceFilter>
{
    public WorkflowInstanceFilterInput()
    {
        Name = "WorkflowInstanceFilterInput";
        Field(f => f.DefinitionKey, nullable: true);
        Field(f => f.Version, nullable: true).Description("The definition's version.");
        Field<WorkflowInstanceStateType>("state");
        Field(f => f.BusinessKey, nullable: true);
        Field(f => f.IsTestRun, nullable: true).Description("Only test runs (true) or only the others (false).");
    }
}
