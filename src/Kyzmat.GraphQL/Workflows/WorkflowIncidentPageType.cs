using GraphQL.Types;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

public sealed class WorkflowIncidentPageType : ObjectGraphType<PagedResult<IncidentInfo>>
{
    public WorkflowIncidentPageType()
    {
        Name = "WorkflowIncidentPage";
        Description = "One page of incidents, newest first.";
        this.AdminOnly();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowIncidentType>>>>("items").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match, on all pages.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("page").Description("0-based.").Resolve(c => c.Source.Page);
        Field<NonNullGraphType<IntGraphType>>("pageSize").Resolve(c => c.Source.PageSize);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => (c.Source.Page + 1) * c.Source.PageSize < c.Source.Total);
    }
}
