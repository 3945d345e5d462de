using GraphQL.Types;
using Kyzmat.Workflows.Parsing;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowFindingType : ObjectGraphType<Finding>
{
    public WorkflowFindingType()
    {
        Name = "WorkflowFinding";
        Description = "Why a diagram (or one of its elements) cannot be deployed.";
        this.AdminOnly();
        Field(f => f.ElementId, nullable: true).Description("The BPMN element's id; null for the file as a whole (e.g. malformed XML, a DTD, too large).");
        Field(f => f.Code).Description("Stable, e.g. `UNSUPPORTED_ELEMENT`, `XML_DTD_PROHIBITED`, `FILE_TOO_LARGE`.");
        Field(f => f.Message).Description("The engine's explanation (English).");
    }
}
