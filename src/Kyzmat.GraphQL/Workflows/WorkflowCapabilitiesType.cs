using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowCapabilitiesType : ObjectGraphType<WorkflowCapabilities>
{
    public WorkflowCapabilitiesType()
    {
        Name = "WorkflowCapabilities";
        Description = "What the BPMN engine executes: every element is either supported or refused at deployment with a finding.";
        this.AdminOnly();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowElementCapabilityType>>>>("supported").Resolve(c => c.Source.Supported);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowElementCapabilityType>>>>("rejected").Resolve(c => c.Source.Rejected);
    }
}
