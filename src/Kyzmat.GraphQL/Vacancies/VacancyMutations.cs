using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Reviews;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

/// <summary>HR reviewers manage their bodies' vacancies (administrators: any body's); everyone else is FORBIDDEN.</summary>
internal static class VacancyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<VacancyType>>("createVacancy")
            .Description("A draft vacancy of the body, with its number; not public until published.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("stateBodyId")
            .Argument<NonNullGraphType<VacancyInputType>>("input")
            .ResolveAsync(async c => await Management(c).CreateAsync(
                await ReviewQueries.ScopeAsync(c), c.GetArgument<Guid>("stateBodyId"), c.GetArgument<VacancyInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<VacancyUpdateType>>("updateVacancy")
            .Description("Edits a draft or published vacancy; after someone applied, changed requirements become an amendment.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<VacancyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var (vacancy, amendment) = await Management(c).UpdateAsync(
                    await ReviewQueries.ScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("id"), c.GetArgument<VacancyInput>("input"), c.CancellationToken);
                return new VacancyUpdate(vacancy, amendment);
            });

        mutation.Field<NonNullGraphType<VacancyType>>("publishVacancy")
            .Description("A draft goes public; citizens may apply until its deadline.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Management(c).PublishAsync(await ReviewQueries.ScopeAsync(c), c.GetArgument<Guid>("id"), c.CancellationToken));

        mutation.Field<NonNullGraphType<VacancyType>>("closeVacancy")
            .Description("Stops accepting applications (e.g. once the winner is appointed): the competition goes on for those who filed, and "
                + "drafts not yet signed are cancelled, their applicants told why. Closing a closed vacancy again cancels any draft left.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Management(c).CloseAsync(
                await ReviewQueries.ScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken));

        mutation.Field<NonNullGraphType<VacancyType>>("cancelVacancy")
            .Description("Calls the competition off with a reason; every active application is cancelled with it and its applicant sees the reason.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Management(c).CancelAsync(
                await ReviewQueries.ScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("id"), c.GetArgument<string>("reason"), c.CancellationToken));
    }

    private static VacancyManagement Management(IResolveFieldContext context) => context.Service<VacancyManagement>();
}
