using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Workflows;
using Kyzmat.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// The citizen's side before the signature (the manual's steps 8–12): «Арыз тапшыруу», the office («Кеңсе»),
/// «Катышуу үчүн арыз түзүү», and withdrawing. Each step saves the application and the process in one transaction.
/// </summary>
public sealed class CitizenApplications(
    KyzmatDbContext db, IWorkflowEngine engine, ApplicationTasks tasks, ApplicationSnapshots snapshots, ApplicationJournal journal, TimeProvider clock)
{
    /// <summary>«Арыз тапшыруу»: a draft and its process, refused when the vacancy is not open, the profile is incomplete or one exists.</summary>
    public async Task<Application> ApplyAsync(Guid citizenId, Guid vacancyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var citizen = await CitizenAsync(citizenId, cancellationToken);
        var vacancy = await VacancyQueries.FindWithStateBodyAsync(db, vacancyId, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.NotFound);
        if (!vacancy.IsOpenAt(now))
        {
            throw new UserInputException(UserErrorCodes.VacancyNotOpen);
        }

        await snapshots.RequireCompleteProfileAsync(citizen, cancellationToken);
        if (await HasActiveApplicationAsync(citizenId, vacancyId, cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.ApplicationExists);
        }

        var language = citizen.PreferredLanguage == "ru" ? "ru" : "ky";
        var application = Application.Start(ApplicationNumbers.New(), citizenId, vacancyId, vacancy.StateBodyId, language, now);
        db.Applications.Add(application);
        journal.Record(application, "citizen", now);
        var variables = new JsonObject
        {
            [ApplicationLifecycle.Variables.ApplicationId] = application.Id.ToString(),
            [ApplicationLifecycle.Variables.ApplicantId] = citizenId.ToString(),
            [ApplicationLifecycle.Variables.StateBodyCode] = vacancy.StateBody!.Code,
            [ApplicationLifecycle.Variables.VacancyCode] = vacancy.Code,
            [ApplicationLifecycle.Variables.Deadline] = vacancy.Deadline.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        try
        {
            // The engine's one save writes the application with the new instance.
            await engine.StartByKeyAsync(ApplicationLifecycle.ProcessKey, application.Id.ToString(), variables, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // A second click raced the first: the unique index kept one.
            db.ChangeTracker.Clear();
            if (await HasActiveApplicationAsync(citizenId, vacancyId, CancellationToken.None))
            {
                throw new UserInputException(UserErrorCodes.ApplicationExists, ex);
            }

            throw;
        }

        return application;
    }

    /// <summary>«Кеңсе» then «Катышуу үчүн арыз түзүү»: the office is set and the document made from a frozen snapshot.</summary>
    public async Task<Application> CreateDocumentAsync(Guid citizenId, Guid applicationId, Guid officeId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await OwnAsync(citizenId, applicationId, cancellationToken);
        var step = await tasks.OpenStepAsync(application, ApplicationLifecycle.Forms.ChooseOffice, cancellationToken);
        var office = await ApplicationQueries.OfficeOfVacancyAsync(db, application.VacancyId, officeId, cancellationToken)
            ?? throw new UserInputException(UserErrorCodes.OfficeNotOfVacancy);
        var citizen = await CitizenAsync(citizenId, cancellationToken);

        var content = await snapshots.TakeAsync(application, citizen, office, now, cancellationToken);
        var pdf = ApplicationDocumentRenderer.Render(content);
        var unsigned = await ApplicationQueries.PdfAsync(db, application.Id, ApplicationPdfKind.Unsigned, cancellationToken);
        if (unsigned is null)
        {
            db.ApplicationPdfs.Add(unsigned = new ApplicationPdf { ApplicationId = application.Id, Kind = ApplicationPdfKind.Unsigned });
        }

        unsigned.Replace(pdf, now);
        application.OfficeId = office.Id;
        application.SnapshotJson = JsonSerializer.Serialize(content);
        application.DocumentSha256 = unsigned.Sha256;
        application.MoveTo(ApplicationStatus.DocumentReady, now);
        journal.Record(application, "citizen", now);
        await tasks.CompleteAsync(step, citizenId.ToString(), new JsonObject { ["officeId"] = office.Id.ToString() }, cancellationToken);
        return application;
    }

    /// <summary>Back from reading the document to the office choice; the document is made anew afterwards.</summary>
    public async Task<Application> ChangeOfficeAsync(Guid citizenId, Guid applicationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await OwnAsync(citizenId, applicationId, cancellationToken);
        var step = await tasks.OpenStepAsync(application, ApplicationLifecycle.Forms.ReadAndSign, cancellationToken);
        application.MoveTo(ApplicationStatus.Draft, now);
        journal.Record(application, "citizen", now);
        await tasks.CompleteAsync(step, citizenId.ToString(), new JsonObject { [ApplicationLifecycle.Variables.Decision] = "changeOffice" }, cancellationToken);
        return application;
    }

    /// <summary>Withdraws until HR's first decision: the process is cancelled with it, in the same transaction.</summary>
    public async Task<Application> WithdrawAsync(Guid citizenId, Guid applicationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await OwnAsync(citizenId, applicationId, cancellationToken);
        if (!application.CanBeWithdrawn)
        {
            throw new UserInputException(UserErrorCodes.ApplicationStepUnavailable);
        }

        var instance = (await engine.FindByBusinessKeyAsync(application.Id.ToString(), cancellationToken)).FirstOrDefault(i => i.State == InstanceStates.Active);
        application.MoveTo(ApplicationStatus.Withdrawn, now);
        journal.Record(application, "citizen", now);
        try
        {
            if (instance is null)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await engine.CancelAsync(instance.Id, citizenId.ToString(), cancellationToken);
            }
        }
        catch (WorkflowException ex)
        {
            throw ApplicationTasks.ToUserError(ex);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new UserInputException(UserErrorCodes.ChangedMeanwhile, ex);
        }

        return application;
    }

    /// <summary>The citizen's own application, tracked; another citizen's answers NOT_FOUND.</summary>
    public async Task<Application> OwnAsync(Guid citizenId, Guid applicationId, CancellationToken cancellationToken) =>
        await ApplicationQueries.OwnAsync(db, citizenId, applicationId, cancellationToken) ?? throw new UserInputException(UserErrorCodes.NotFound);

    private async Task<Citizen> CitizenAsync(Guid citizenId, CancellationToken cancellationToken) =>
        await CitizenQueries.FindAsync(db, citizenId, cancellationToken)
        ?? throw new UserInputException(UserErrorCodes.NotAuthenticated);

    private Task<bool> HasActiveApplicationAsync(Guid citizenId, Guid vacancyId, CancellationToken cancellationToken) =>
        ApplicationQueries.HasActiveAsync(db, citizenId, vacancyId, cancellationToken);
}
