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
            .Description("Open tasks of the caller's state bodies, oldest first; FORBIDDEN for anyone who is not a reviewer.")
            .Authorize()
            .Argument<HrTaskFilterInput>("filter")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = PageSize(c);
                var after = c.GetArgument<string?>("after");
                var scope = await ScopeAsync(c);
                var (items, hasNext, total) = await c.Service<HrInbox>().QueryAsync(
                    scope, c.CitizenId(), c.GetArgument<HrTaskFilter?>("filter") ?? new HrTaskFilter(), first, after, c.CancellationToken);
                return Connection<HrTask>.Of([.. items.Select(t => (t, HrInbox.CursorOf(t)))], hasNext, after is not null, total);
            });

        query.Field<HrTaskType>("hrTask")
            .Description("One open task of the caller's state bodies; null when there is none (or it is another body's). FORBIDDEN for anyone who is not a reviewer.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<HrInbox>().FindAsync(await ScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken));

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

    private static int PageSize(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 20);
        return first is < 0 or > MaxPageSize ? throw new UserInputException(UserErrorCodes.PageSizeTooLarge, MaxPageSize) : first;
    }
}
