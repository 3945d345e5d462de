using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Paging;
using Kyzmat.GraphQL.Vacancies;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Reserve;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Reviews;

/// <summary>HR reviewers' reads: their bodies' open tasks and personnel reserve (administrators: every body's).</summary>
internal static class ReviewQueries
{
    private const int MaxPageSize = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<HrTaskType, HrTask>>>("hrTasks")
            .Description("The task list: open tasks the caller may act on (their state bodies' candidate groups, tasks offered or assigned to them by id or PIN; administrators: every group task), oldest first unless sorted.")
            .Authorize()
            .Argument<HrTaskFilterInput>("filter")
            .Argument<HrTaskSortType>("sort", a => a.DefaultValue = HrTaskSort.Created)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = PageSize(c);
                var after = c.GetArgument<string?>("after");
                var scope = await TaskScopeAsync(c);
                var (items, hasNext, total) = await c.Service<HrInbox>().QueryAsync(
                    scope, c.CitizenId(), c.GetArgument<HrTaskFilter?>("filter") ?? new HrTaskFilter(), first, after, c.CancellationToken,
                    c.GetArgument("sort", HrTaskSort.Created));
                return Connection<HrTask>.Of([.. items.Select(t => (t, HrInbox.CursorOf(t)))], hasNext, after is not null, total);
            });

        query.Field<HrTaskType>("hrTask")
            .Description("One open task the caller may act on; null when there is none (or it is not theirs, e.g. another body's).")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<HrInbox>().FindAsync(await TaskScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskProcessType>>>>("hrTaskProcesses")
            .Description("The processes of the open tasks the caller may act on (the task list's process filter), by name.")
            .Authorize()
            .ResolveAsync(async c => await c.Service<HrInbox>().ProcessesAsync(await TaskScopeAsync(c), c.CitizenId(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskAssigneeType>>>>("hrTaskAssignees")
            .Description("The colleagues a task may be assigned to (reviewers of the bodies it is offered to, not the applicant); FORBIDDEN unless the caller may assign it.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .ResolveAsync(async c => await c.Service<HrTaskAssignments>().AssigneesAsync(await TaskScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("taskId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReserveEntryType>>>>("personnelReserve")
            .Description("«Кадрлар резерви» of the caller's state bodies: active entries, newest first.")
            .Authorize()
            .Argument<PositionGroupType>("group")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var scope = await ScopeAsync(c);
                return await c.Service<PersonnelReserve>().SearchAsync(
                    scope.StateBodyIds, c.GetArgument<PositionGroup?>("group"), PageSize(c), c.CancellationToken);
            });
    }

    /// <summary>The caller's reviewer scope from the grants in the database; FORBIDDEN when they review nothing.</summary>
    public static async Task<HrScope> ScopeAsync(IResolveFieldContext context)
    {
        var scope = await HrScope.OfAsync(context.Service<KyzmatDbContext>(), context.CitizenId(), context.CancellationToken);
        return scope.IsReviewer ? scope : throw new UserInputException(UserErrorCodes.Forbidden);
    }

    /// <summary>
    /// Anyone signed in has a task list (decision 0106): a diagram may name any citizen by PIN; without grants or such
    /// tasks it is empty.
    /// </summary>
    public static Task<HrScope> TaskScopeAsync(IResolveFieldContext context) =>
        HrScope.OfAsync(context.Service<KyzmatDbContext>(), context.CitizenId(), context.CancellationToken);

    private static int PageSize(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 20);
        return first is < 0 or > MaxPageSize ? throw new UserInputException(UserErrorCodes.PageSizeTooLarge, MaxPageSize) : first;
    }
}
