using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Paging;
using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Runtime;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>What the BPMN designer and the process monitor read; administrators only.</summary>
internal static class WorkflowQueries
{
    public const int MaxPageSize = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WorkflowCapabilitiesType>>("workflowCapabilities")
            .Description("The engine's capability contract: which BPMN elements execute and which are refused.")
            .AdminOnly()
            .Resolve(_ => WorkflowCapabilities.Current);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowDefinitionType>>>>("workflowDefinitions")
            .Description("Every version of every process, by key, newest version first; without the XML.")
            .AdminOnly()
            .ResolveAsync(async c => await c.Service<IWorkflowDefinitions>().ListAsync(c.CancellationToken));

        query.Field<WorkflowDefinitionType>("workflowDefinition")
            .Description("One version of a process with its XML — the latest when `version` is omitted; null when there is none.")
            .AdminOnly()
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Argument<IntGraphType>("version")
            .ResolveAsync(async c => await DefinitionAsync(c, c.GetArgument<string>("key"), c.GetArgument<int?>("version")));

        query.Field<NonNullGraphType<ConnectionType<WorkflowInstanceType, WorkflowInstanceInfo>>>("workflowInstances")
            .Description($"Process instances, newest first (at most {MaxPageSize} a page).")
            .AdminOnly()
            .Argument<WorkflowInstanceFilterInput>("filter")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await InstancesAsync(c));

        query.Field<WorkflowInstanceType>("workflowInstance")
            .Description("One instance; null when there is none.")
            .AdminOnly()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await InstanceAsync(c));

        query.Field<NonNullGraphType<WorkflowIncidentPageType>>("workflowIncidents")
            .Description($"Incidents of every instance, newest first; `page` is 0-based, at most {MaxPageSize} a page.")
            .AdminOnly()
            .Argument<BooleanGraphType>("openOnly", a => a.DefaultValue = true)
            .Argument<IntGraphType>("page", a => a.DefaultValue = 0)
            .Argument<IntGraphType>("pageSize", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var pageSize = Math.Max(1, PageSize(c.GetArgument("pageSize", 20)));
                var page = Math.Max(0, c.GetArgument("page", 0));
                return await c.Service<IWorkflowEngine>().QueryIncidentsAsync(c.GetArgument("openOnly", true), page, pageSize, c.CancellationToken);
            });
    }

    private static async Task<DefinitionInfo?> DefinitionAsync(IResolveFieldContext context, string key, int? version)
    {
        var definitions = context.Service<IWorkflowDefinitions>();
        if (version is null)
        {
            return await definitions.GetLatestAsync(key, context.CancellationToken);
        }

        try
        {
            return await definitions.GetAsync($"{key}:{version}", context.CancellationToken);
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.DefinitionNotFound)
        {
            return null;
        }
    }

    private static async Task<Connection<WorkflowInstanceInfo>> InstancesAsync(IResolveFieldContext context)
    {
        var first = PageSize(context.GetArgument("first", 20));
        var after = context.GetArgument<string?>("after");
        var skip = WorkflowInstanceCursor.After(after);
        var filter = context.GetArgument<WorkflowInstanceFilter?>("filter") ?? new WorkflowInstanceFilter();
        var query = new WorkflowInstanceQuery
        {
            DefinitionKey = filter.DefinitionKey,
            DefinitionVersion = filter.Version,
            State = filter.State,
            BusinessKey = filter.BusinessKey,
            IsTestRun = filter.IsTestRun,
            Skip = skip,
            Take = Math.Max(first, 1),
        };
        var page = await context.Service<IWorkflowEngine>().QueryInstancesAsync(query, context.CancellationToken);
        var items = page.Items.Take(first).Select((instance, i) => (instance, WorkflowInstanceCursor.Encode(skip + i))).ToList();
        return Connection<WorkflowInstanceInfo>.Of(items, skip + items.Count < page.Total, skip > 0, page.Total);
    }

    private static async Task<WorkflowInstanceInfo?> InstanceAsync(IResolveFieldContext context)
    {
        if (!Guid.TryParse(context.GetArgument<string>("id"), out var id))
        {
            return null;
        }

        try
        {
            return await context.Service<IWorkflowEngine>().GetInstanceAsync(id, context.CancellationToken);
        }
        catch (WorkflowException ex) when (ex.Code == WorkflowErrorCodes.InstanceNotFound)
        {
            return null;
        }
    }

    private static int PageSize(int requested) =>
        requested is < 0 or > MaxPageSize ? throw new UserInputException(UserErrorCodes.PageSizeTooLarge, MaxPageSize) : requested;
}
