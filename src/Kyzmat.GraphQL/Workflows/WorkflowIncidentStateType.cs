using GraphQL.Types;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowIncidentStateType : EnumerationGraphType
{
    public WorkflowIncidentStateType()
    {
        Name = "WorkflowIncidentState";
        Add("OPEN", "Open", "Its token is stopped until someone resolves it.");
        Add("RESOLVED", "Resolved", "Retried or resolved; the token went on.");
    }
}
