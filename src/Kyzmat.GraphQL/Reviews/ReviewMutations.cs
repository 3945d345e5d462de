using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Applications;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Reviews;

/// <summary>HR reviewers' actions on the tasks of their bodies; anyone else's task answers NOT_FOUND.</summary>
internal static class ReviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BooleanGraphType>>("claimTask")
            .Description("Takes the task, so that colleagues see who works on it. Of two claims at once one wins; the other gets TASK_CLAIMED_BY_OTHER.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .ResolveAsync(async c =>
            {
                await c.Service<HrTaskAssignments>().ClaimAsync(c.CitizenId(), c.GetArgument<Guid>("taskId"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("unclaimTask")
            .Description("Gives the task back (its assignee), or takes it from its assignee (a lead reviewer of its body, an administrator; others: FORBIDDEN).")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .ResolveAsync(async c =>
            {
                await c.Service<HrTaskAssignments>().UnclaimAsync(await ReviewQueries.TaskScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("taskId"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("assignTask")
            .Description("A lead reviewer of the task's body, or an administrator, gives it to a colleague who may act on it (else TASK_ASSIGNEE_NOT_ELIGIBLE; anyone else: FORBIDDEN).")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Argument<NonNullGraphType<IdGraphType>>("assigneeId")
            .ResolveAsync(async c =>
            {
                await c.Service<HrTaskAssignments>().AssignAsync(
                    await ReviewQueries.TaskScopeAsync(c), c.CitizenId(), c.GetArgument<Guid>("taskId"), c.GetArgument<Guid>("assigneeId"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<ApplicationType>>("decideDocumentReview")
            .Description("Admits the applicant to testing, or refuses with a reason the citizen will see.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Argument<NonNullGraphType<BooleanGraphType>>("admit")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c =>
            {
                await ReviewQueries.ScopeAsync(c);
                return await c.Service<HrDecisions>().DecideReviewAsync(
                    c.CitizenId(), c.GetArgument<Guid>("taskId"), c.GetArgument<bool>("admit"), c.GetArgument<string?>("reason"), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ApplicationType>>("recordTestResult")
            .Description("The test score (0–60); below the pass mark the application is refused.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Argument<NonNullGraphType<IntGraphType>>("score")
            .ResolveAsync(async c =>
            {
                await ReviewQueries.ScopeAsync(c);
                return await c.Service<HrDecisions>().RecordTestResultAsync(c.CitizenId(), c.GetArgument<Guid>("taskId"), c.GetArgument<int>("score"), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ApplicationType>>("decideInterview")
            .Description("The commission's decision: WINNER (appointed), RESERVE (personnel reserve) or REFUSED with a reason.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("taskId")
            .Argument<NonNullGraphType<EnumerationGraphType<InterviewOutcome>>>("outcome")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c =>
            {
                await ReviewQueries.ScopeAsync(c);
                return await c.Service<HrDecisions>().DecideInterviewAsync(
                    c.CitizenId(), c.GetArgument<Guid>("taskId"), c.GetArgument<InterviewOutcome>("outcome"), c.GetArgument<string?>("reason"), c.CancellationToken);
            });
    }
}
