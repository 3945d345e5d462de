using GraphQL.Types;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowElementCapabilityType : ObjectGraphType<ElementCapability>
{
    public WorkflowElementCapabilityType()
    {
        Name = "WorkflowElementCapability";
        this.AdminOnly();
        Field(c => c.Element).Description("The BPMN element, e.g. `userTask` or `boundaryEvent/timerEventDefinition`.");
        Field(c => c.Executable);
        Field(c => c.Note);
    }
}
