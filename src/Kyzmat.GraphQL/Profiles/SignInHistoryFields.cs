using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.SignInHistory;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>«Кирүү тарыхы» on the cabinet.</summary>
internal static class SignInHistoryFields
{
    public static void AddTo(ObjectGraphType<Viewer> viewer) =>
        viewer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignInRecordType>>>>("signInHistory")
            .Description($"«Кирүү тарыхы»: recent sign-in steps, newest first, failed passwords on the citizen's PIN included (at most {SignInHistoryReader.MaxCount}).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await c.Service<SignInHistoryReader>().RecentAsync(
                c.Source.CitizenId, c.GetArgument("first", 20), c.CancellationToken));
}

public sealed class SignInRecordType : ObjectGraphType<SignInAttempt>
{
    public SignInRecordType()
    {
        Name = "SignInRecord";
        Description = "One step of a sign-in: the password or the e-mail code, and how it went.";
        Field(a => a.At);
        Field<NonNullGraphType<EnumerationGraphType<SignInMethod>>>("method").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<EnumerationGraphType<SignInOutcome>>>("outcome").Resolve(c => c.Source.Outcome);
        Field(a => a.ClientAddress, nullable: true).Description("The address the request came from.");
        Field(a => a.UserAgent, nullable: true).Description("The browser, as it named itself.");
    }
}
