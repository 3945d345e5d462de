using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

/// <summary>The citizen's steps of the manual (8–15); each touches only the caller's own applications.</summary>
internal static class ApplicationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ApplicationType>>("applyForVacancy")
            .Description("«Арыз тапшыруу»: starts an application (a draft) on an open vacancy; the profile must be complete.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("vacancyId")
            .ResolveAsync(async c => await c.Service<CitizenApplications>().ApplyAsync(c.CitizenId(), c.GetArgument<Guid>("vacancyId"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ApplicationType>>("createApplicationDocument")
            .Description("«Кеңсе» and «Катышуу үчүн арыз түзүү»: chooses one of the vacancy's offices and makes the document.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .Argument<NonNullGraphType<IdGraphType>>("officeId")
            .ResolveAsync(async c => await c.Service<CitizenApplications>().CreateDocumentAsync(
                c.CitizenId(), c.GetArgument<Guid>("applicationId"), c.GetArgument<Guid>("officeId"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ApplicationType>>("changeApplicationOffice")
            .Description("Back from the document to the office choice.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .ResolveAsync(async c => await c.Service<CitizenApplications>().ChangeOfficeAsync(c.CitizenId(), c.GetArgument<Guid>("applicationId"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ApplicationType>>("requestApplicationSignature")
            .Description("«Кол коюу»: a signing code is e-mailed to the confirmed address.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .ResolveAsync(async c => await c.Service<ApplicationSigning>().RequestSignatureAsync(c.CitizenId(), c.GetArgument<Guid>("applicationId"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("resendApplicationSigningCode")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .ResolveAsync(async c =>
            {
                await c.Service<ApplicationSigning>().ResendCodeAsync(c.CitizenId(), c.GetArgument<Guid>("applicationId"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<ApplicationType>>("confirmApplicationSignature")
            .Description("The e-mailed code: signs the document and files the application («Менин жоопторум»).")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await c.Service<ApplicationSigning>().ConfirmAsync(
                c.CitizenId(), c.GetArgument<Guid>("applicationId"), c.GetArgument<string>("code"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ApplicationType>>("withdrawApplication")
            .Description("Withdraws the application; possible until HR's first decision.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .ResolveAsync(async c => await c.Service<CitizenApplications>().WithdrawAsync(c.CitizenId(), c.GetArgument<Guid>("applicationId"), c.CancellationToken));
    }
}
