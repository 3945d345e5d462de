using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

internal static class ApplicationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ApplicationType>>("application")
            .Description("One application, for its owner or an HR reviewer of its state body (once filed).")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<ApplicationReader>().ForReaderAsync(c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<VerificationResultType>>("verifyApplication")
            .Public()
            .Description("Anyone may check a signed application by its number (a PDF is checked with POST /api/applications/verify).")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .ResolveAsync(async c => await c.Service<ApplicationVerifier>().VerifyNumberAsync(c.GetArgument<string>("number"), c.CancellationToken));
    }
}
