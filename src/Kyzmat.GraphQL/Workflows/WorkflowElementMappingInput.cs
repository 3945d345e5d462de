using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowElementMappingInput : InputObjectGraphType<WorkflowElementMapping>
{
    public WorkflowElementMappingInput()
    {
        Name = nameof(WorkflowElementMappingInput);
        Field<NonNullGraphType<StringGraphType>>("from").Description("An element id in the instance's current version.");
        Field<NonNullGraphType<StringGraphType>>("to").Description("The element id in the target version.");
    }
}
