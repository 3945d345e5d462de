using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowActiveElementType : ObjectGraphType<WorkflowActiveElement>
{
    public WorkflowActiveElementType()
    {
        Name = "WorkflowActiveElement";
        Description = "An element where an instance's tokens are, with how many (more than one after a parallel fork).";
        this.AdminOnly();
        Field(e => e.ElementId);
        Field(e => e.Count);
    }
}
