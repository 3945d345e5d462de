using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Workflows;
using Kyzmat.Workflows.Forms;

namespace Kyzmat.GraphQL.Forms;

/// <summary>The deployed Camunda forms, for the administrators' «Формалар» page and the designer.</summary>
internal static class FormQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowFormType>>>>("workflowForms")
            .Description("The latest version of every deployed form, by id.")
            .AdminOnly()
            .ResolveAsync(async c => await c.Service<IWorkflowForms>().ListAsync(c.CancellationToken));

        query.Field<WorkflowFormType>("workflowForm")
            .Description("One version of a form — the latest when `version` is omitted; null when there is none.")
            .AdminOnly()
            .Argument<NonNullGraphType<StringGraphType>>("formId")
            .Argument<IntGraphType>("version")
            .ResolveAsync(async c => await c.Service<IWorkflowForms>().GetAsync(c.GetArgument<string>("formId"), c.GetArgument<int?>("version"), c.CancellationToken));
    }
}
