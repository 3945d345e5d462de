using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Paging;
using Kyzmat.GraphQL.Reviews;
using Kyzmat.GraphQL.Vacancies.Search;
using Kyzmat.Recruitment.Applications;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.GraphQL.Vacancies;

/// <summary>The vacancy search («Вакансиялар») and single vacancies; open to everyone.</summary>
internal static class VacancyQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<VacancySearchConnectionType>>("vacancies")
            .Public()
            .Description($"Search vacancies; keyset-paged (at most {VacancySearch.MaxPageSize} a page).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .Argument<VacancyFilterInput>("filter")
            .Argument<VacancySortType>("sort", a => a.DefaultValue = VacancySort.Relevance)
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument("first", 20);
                if (first is < 0 or > VacancySearch.MaxPageSize)
                {
                    throw new UserInputException(UserErrorCodes.PageSizeTooLarge, VacancySearch.MaxPageSize);
                }

                var sort = context.GetArgument("sort", VacancySort.Relevance);
                var criteria = (context.GetArgument<VacancyFilter?>("filter") ?? new VacancyFilter()).ToCriteria(sort);
                var after = context.GetArgument<string?>("after");
                var page = await context.Service<VacancySearch>().SearchAsync(criteria, first, after, VacancySelection.Of(context), context.CancellationToken);
                return new VacancySearchResult(page, criteria, after is not null);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancySuggestionType>>>>("vacancySuggestions")
            .Public()
            .Description($"As-you-type suggestions for the search box: titles of open vacancies and state bodies the text finds (its last word may be unfinished; typos forgiven); at most {VacancySuggestions.MaxCount}.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 8)
            .ResolveAsync(async context => await context.Service<VacancySuggestions>().SuggestAsync(
                context.GetArgument<string>("text"), context.Language(), context.GetArgument("first", 8), context.CancellationToken));

        query.Field<VacancyType>("vacancy")
            .Public()
            .Description("One vacancy by id or by its public number — closed ones too; null when there is none (drafts are not public).")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("code")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<Guid?>("id");
                var code = context.GetArgument<string?>("code");
                var db = context.Service<KyzmatDbContext>();
                var vacancy = id is { } byId ? await Kyzmat.Recruitment.Vacancies.VacancyQueries.FindAsync(db, byId, context.CancellationToken)
                    : code is not null ? await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Code == code, context.CancellationToken)
                    : null;
                return vacancy?.Status == VacancyStatus.Draft && !await ManagesAsync(context, vacancy) ? null : vacancy;
            });

        query.Field<NonNullGraphType<ConnectionType<VacancyType, Vacancy>>>("hrVacancies")
            .Description("The vacancies of the caller's state bodies in every status, drafts included, closest deadline first; FORBIDDEN for anyone who is not a reviewer.")
            .Authorize()
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<VacancyStatus>>>>("statuses", "Only these statuses (default: all).")
            .Argument<StringGraphType>("text")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument("first", 20);
                if (first is < 0 or > VacancySearch.MaxPageSize)
                {
                    throw new UserInputException(UserErrorCodes.PageSizeTooLarge, VacancySearch.MaxPageSize);
                }

                var scope = await ReviewQueries.ScopeAsync(context);
                var statuses = context.GetArgument<List<VacancyStatus>?>("statuses");
                var criteria = new VacancySearchCriteria
                {
                    Text = context.GetArgument<string?>("text"),
                    StateBodyIds = scope.StateBodyIds,
                    Statuses = statuses is { Count: > 0 } ? statuses : Enum.GetValues<VacancyStatus>(),
                    OpenOnly = false,
                    Sort = VacancySort.Deadline,
                };
                var after = context.GetArgument<string?>("after");
                var page = await context.Service<VacancySearch>().SearchAsync(criteria, first, after, context.CancellationToken);
                return Connection<Vacancy>.Of(page.Items, page.HasNextPage, after is not null, page.TotalCount);
            });
    }

    /// <summary>Drafts are visible to the reviewers of their body and to administrators only.</summary>
    private static async Task<bool> ManagesAsync(IResolveFieldContext context, Vacancy vacancy)
    {
        if (context.User?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var scope = await HrScope.OfAsync(context.Service<KyzmatDbContext>(), context.CitizenId(), context.CancellationToken);
        return scope.Covers(vacancy.StateBodyId);
    }
}
