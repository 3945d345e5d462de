using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Profiles;
using Kyzmat.GraphQL.Vacancies;
using Kyzmat.Recruitment.VacancyAlerts;

namespace Kyzmat.GraphQL.Notifications;

/// <summary>Vacancy alerts: searches a citizen saves to hear of new matching vacancies.</summary>
internal static class VacancyAlertFields
{
    public static void AddTo(ObjectGraphType<Viewer> viewer) =>
        viewer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedSearchType>>>>("savedSearches")
            .Description("Searches kept for vacancy alerts, oldest first.")
            .ResolveAsync(async c => await c.Service<SavedSearches>().ListAsync(c.Source.CitizenId, c.CancellationToken));

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SavedSearchType>>("saveVacancySearch")
            .Description($"Keeps the search's filters (not `openOnly` or `deadlineBefore`) for alerts about vacancies published from now on; at most {SavedSearches.MaxPerCitizen}.")
            .Authorize()
            .Argument<NonNullGraphType<VacancyFilterInput>>("filter")
            .Argument<NonNullGraphType<EnumerationGraphType<AlertFrequency>>>("frequency")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<VacancyFilter>("filter");
                return await c.Service<SavedSearches>().SaveAsync(
                    c.CitizenId(), new SavedSearchFilter(filter.Text, filter.StateBodyIds, filter.RegionCodes, filter.Groups, filter.SalaryFrom, filter.SalaryBands),
                    c.GetArgument<AlertFrequency>("frequency"), c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteSavedSearch")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                await c.Service<SavedSearches>().DeleteAsync(c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken);
                return true;
            });
    }
}

public sealed class SavedSearchType : ObjectGraphType<SavedSearch>
{
    public SavedSearchType()
    {
        Name = "SavedSearch";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Frequency, type: typeof(NonNullGraphType<EnumerationGraphType<AlertFrequency>>));
        Field(s => s.CreatedAt);
        Field<StringGraphType>("text").Resolve(c => c.Source.Filter.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("stateBodyIds").Resolve(c => c.Source.Filter.StateBodyIds ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regionCodes").Resolve(c => c.Source.Filter.RegionCodes ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionGroupType>>>>("groups").Resolve(c => c.Source.Filter.Groups ?? []);
        Field<DecimalGraphType>("salaryFrom").Resolve(c => c.Source.Filter.SalaryFrom);
    }
}
