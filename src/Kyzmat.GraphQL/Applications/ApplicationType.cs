using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.StateBodies;
using Kyzmat.GraphQL.Vacancies;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

/// <summary>An application as its owner (in «Менин жоопторум») or an HR reviewer of its body sees it.</summary>
public sealed class ApplicationType : ObjectGraphType<Application>
{
    public ApplicationType()
    {
        Name = "Application";
        Description = "A citizen's application («Арыз») to a vacancy, run through the competition by the application-lifecycle process.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Number).Description("The number printed on the document; anyone can verify a signed application by it.");
        Field(a => a.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ApplicationStatus>>));
        Field<NonNullGraphType<EnumerationGraphType<ApplicationNextStep>>>("nextStep")
            .Description("What happens next, and who acts; ADDED_STEP while a step an administrator added is open (`currentStep` names it).")
            .ResolveAsync(async c => await ApplicationNextSteps.OfAsync(c.Source, c.Service<ApplicationSteps>(), c.CancellationToken));
        Field<ApplicationStepType>("currentStep")
            .Description("The open step an administrator added, if the application waits at one.")
            .ResolveAsync(async c => await c.Service<ApplicationSteps>().CurrentAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationStepType>>>>("addedSteps")
            .Description("The steps an administrator added that the application reached, oldest first; the timeline's statuses do not name them.")
            .ResolveAsync(async c => await c.Service<ApplicationSteps>().OfAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<BooleanGraphType>>("canWithdraw").Resolve(c => c.Source.CanBeWithdrawn);
        Field<NonNullGraphType<VacancyType>>("vacancy").Resolve(c => c.Loaders().Vacancies.Load(c.Source.VacancyId));
        Field<OfficeType>("office").Resolve(c => c.Source.OfficeId is { } id ? c.Loaders().Offices.Load(id) : null);
        Field(a => a.Language);
        Field(a => a.CreatedAt);
        Field(a => a.UpdatedAt);
        Field(a => a.SignedAt, nullable: true);
        Field(a => a.TestScore, nullable: true).Description("Out of 60.");
        Field(a => a.Reason, nullable: true).Description("Why it was refused.");
        Field(a => a.SignedDocumentSha256, nullable: true).Description("SHA-256 of the signed PDF, as a verifier compares it.");
        Field<StringGraphType>("documentUrl")
            .Description("The PDF (signed once signed), for the owner and HR of the body: GET with the bearer token.")
            .Resolve(c => c.Source.Status == ApplicationStatus.Draft && c.Source.SignedAt is null ? null : $"/api/applications/{c.Source.Id}/document");
        Field<ApplicationSnapshotType>("snapshot")
            .Description("What the document says: the applicant's data, education and experience frozen when it was made.")
            .Resolve(c => c.Source.SnapshotJson is { } json ? JsonSerializer.Deserialize<ApplicationDocumentContent>(json) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationEventType>>>>("timeline")
            .Description("Every status it reached, oldest first.")
            .ResolveAsync(async c => await c.Service<ApplicationReader>().TimelineAsync(c.Source.Id, c.CancellationToken));
    }
}
