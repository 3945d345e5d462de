using GraphQL.Types;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowInstanceStateType : EnumerationGraphType
{
    public WorkflowInstanceStateType()
    {
        Name = "WorkflowInstanceState";
        Add("ACTIVE", InstanceStates.Active, "Running: at least one token waits somewhere (or is stopped by an incident).");
        Add("COMPLETED", InstanceStates.Completed, "Reached its end.");
        Add("CANCELLED", InstanceStates.Cancelled, "Cancelled by someone.");
    }
}
