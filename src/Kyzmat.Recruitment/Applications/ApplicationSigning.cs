using System.Globalization;
using System.Text.Json.Nodes;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Recruitment.Signatures.TimeStamping;
using Kyzmat.Recruitment.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// «Кол коюу» (the manual's steps 13–15): the citizen asks to sign, a code goes to the confirmed e-mail (a service
/// task of the process), and the right code seals the document with the citizen's signature and files it.
/// </summary>
public sealed partial class ApplicationSigning(
    KyzmatDbContext db,
    CitizenApplications applications,
    ApplicationTasks tasks,
    VerificationCodeService codes,
    SignatureProviders signatures,
    SignatureTimeStamper timeStamper,
    ApplicationJournal journal,
    ReviewerNotices reviewers,
    IOptions<ApplicationOptions> options,
    IOptions<NotificationOptions> notifications,
    ILogger<ApplicationSigning> logger,
    TimeProvider clock)
{
    /// <summary>«Кол коюу» on the document: the process sends the code next.</summary>
    public async Task<Application> RequestSignatureAsync(Guid citizenId, Guid applicationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await applications.OwnAsync(citizenId, applicationId, cancellationToken);
        var step = await tasks.OpenStepAsync(application, ApplicationLifecycle.Forms.ReadAndSign, cancellationToken);
        var citizen = await CitizenQueries.GetAsync(db, citizenId, cancellationToken);
        if (!citizen.EmailConfirmed || string.IsNullOrEmpty(citizen.Email))
        {
            throw new UserInputException(UserErrorCodes.EmailNotConfirmed);
        }

        application.MoveTo(ApplicationStatus.AwaitingSignature, now);
        journal.Record(application, "citizen", now);
        await tasks.CompleteAsync(step, citizenId.ToString(), new JsonObject { [ApplicationLifecycle.Variables.Decision] = "sign" }, cancellationToken);
        return application;
    }

    /// <summary>Sends the signing code (again), within the resend limits of every e-mailed code.</summary>
    public async Task ResendCodeAsync(Guid citizenId, Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await applications.OwnAsync(citizenId, applicationId, cancellationToken);
        if (application.Status != ApplicationStatus.AwaitingSignature)
        {
            throw new UserInputException(UserErrorCodes.ApplicationStepUnavailable);
        }

        var citizen = await CitizenQueries.GetAsync(db, citizenId, cancellationToken);
        var issue = await SendCodeAsync(citizen, application, cancellationToken);
        switch (issue.Status)
        {
            case CodeIssueStatus.TooSoon:
                var seconds = (int)Math.Ceiling((issue.RetryAt!.Value - clock.GetUtcNow()).TotalSeconds);
                throw new UserInputException(UserErrorCodes.CodeTooSoon, Math.Max(1, seconds));
            case CodeIssueStatus.HourlyLimit:
                throw new UserInputException(UserErrorCodes.CodeHourlyLimit);
        }
    }

    /// <summary>The code typed: a right one signs and files the application; 20 parallel tries make one signature.</summary>
    public async Task<Application> ConfirmAsync(Guid citizenId, Guid applicationId, string code, CancellationToken cancellationToken)
    {
        var application = await applications.OwnAsync(citizenId, applicationId, cancellationToken);
        var step = await tasks.OpenStepAsync(application, ApplicationLifecycle.Forms.ConfirmCode, cancellationToken);
        // Filed only while the vacancy takes applications: its deadline timer may not have cancelled the draft yet.
        if (!await ApplicationQueries.VacancyOpenAtAsync(db, application.VacancyId, clock.GetUtcNow(), cancellationToken))
        {
            throw new UserInputException(UserErrorCodes.VacancyNotOpen);
        }

        var check = await codes.CheckAsync(VerificationPurpose.SignApplication, SubjectOf(application), code, cancellationToken);
        ThrowUnlessAccepted(check);

        var now = clock.GetUtcNow();
        var citizen = await CitizenQueries.GetAsync(db, citizenId, cancellationToken);
        var unsigned = await ApplicationQueries.PdfReadOnlyAsync(db, application.Id, ApplicationPdfKind.Unsigned, cancellationToken)
            ?? throw new InvalidOperationException($"Application {application.Id} has no document to sign.");
        var hash = Convert.FromHexString(unsigned.Sha256);
        var provider = signatures.ForSigning;
        var verifyUrl = new Uri(notifications.Value.PortalUrl, "verify/" + application.Number);
        var (signature, signedPdf, certificateSerial) = await ReleasingTheCodeOnFailureAsync(check.CodeId!.Value, async () =>
        {
            var signature = await provider.SignAsync(citizenId, hash, cancellationToken);
            using var credential = await provider.PdfCredentialAsync(citizenId, cancellationToken);
            var pdf = await SignPdfAsync(unsigned, application.Language, citizen, signature, credential, verifyUrl, cancellationToken);
            return (signature, pdf, credential?.Certificate.SerialNumber);
        });
        var signed = new ApplicationPdf { ApplicationId = application.Id, Kind = ApplicationPdfKind.Signed };
        signed.Replace(signedPdf, now);
        db.ApplicationPdfs.Add(signed);

        application.SignatureProvider = signature.Provider;
        application.SignatureValue = signature.Value;
        application.SigningCertificateSerial = certificateSerial;
        application.SignedAt = signature.SignedAt;
        application.SignedDocumentSha256 = signed.Sha256;
        application.MoveTo(ApplicationStatus.Filed, now);
        journal.Record(application, "citizen", now);
        var reviewDue = WorkingDays.After(now, options.Value.ReviewWorkingDays, options.Value.PublicHolidays);
        await reviewers.NewApplicationAsync(application, reviewDue, cancellationToken);
        await tasks.CompleteAsync(step, citizenId.ToString(), new JsonObject
        {
            [ApplicationLifecycle.Variables.ReviewDueAt] = reviewDue.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        }, cancellationToken);
        return application;
    }

    /// <summary>
    /// The stamped PDF; with a credential, the stamp is the appearance of a PAdES signature embedded in the file
    /// (decision 0006), time-stamped when a time-stamping service is configured (B-T); without one (a provider that signs
    /// only hashes) it is page content.
    /// </summary>
    private async Task<byte[]> SignPdfAsync(
        ApplicationPdf unsigned, string language, Citizen citizen, DocumentSignature signature, PdfSigningCredential? credential, Uri verifyUrl, CancellationToken cancellationToken)
    {
        var stamped = SignatureStamp.Apply(
            unsigned.Content, language, citizen.FullName, citizen.Pin, signature.SignedAt, unsigned.Sha256, withSignatureField: credential is not null, verifyUrl);
        return credential is null
            ? stamped
            : await PdfSignaturePlaceholder.FillAsync(stamped, bytes => CadesSignedData.SignAsync(
                bytes, credential, timeStamper.Enabled ? timeStamper.StampAsync : null, cancellationToken));
    }

    /// <summary>
    /// Signs with the configured provider (and time-stamping service); when one of them fails, the code is given back so
    /// the citizen can retry with it, and nothing is saved.
    /// </summary>
    private async Task<T> ReleasingTheCodeOnFailureAsync<T>(Guid codeId, Func<Task<T>> sign)
    {
        try
        {
            return await sign();
        }
        catch (SignatureServiceException ex)
        {
            LogSigningRefused(logger, ex, UserErrorCodes.SignatureServiceUnavailable, ex.Message);
            await codes.ReleaseAsync(codeId, CancellationToken.None);
            throw new UserInputException(UserErrorCodes.SignatureServiceUnavailable, ex);
        }
        catch (TimeStampingException ex)
        {
            LogSigningRefused(logger, ex, UserErrorCodes.TimeStampingUnavailable, ex.Message);
            await codes.ReleaseAsync(codeId, CancellationToken.None);
            throw new UserInputException(UserErrorCodes.TimeStampingUnavailable, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signing refused ({Code}): {Reason}")]
    private static partial void LogSigningRefused(ILogger logger, Exception exception, string code, string reason);

    /// <summary>What the service task calls: a code for this application to the citizen's confirmed e-mail.</summary>
    public Task<CodeIssue> SendCodeAsync(Citizen citizen, Application application, CancellationToken cancellationToken) =>
        citizen.EmailConfirmed && !string.IsNullOrEmpty(citizen.Email)
            ? codes.IssueAsync(VerificationPurpose.SignApplication, SubjectOf(application), citizen.Email, application.Language, cancellationToken)
            : throw new UserInputException(UserErrorCodes.EmailNotConfirmed);

    /// <summary>Codes are per application: a code sent for one application never signs another.</summary>
    private static string SubjectOf(Application application) => "application:" + application.Id.ToString("N");

    private static void ThrowUnlessAccepted(CodeCheck check)
    {
        switch (check.Status)
        {
            case CodeCheckStatus.Accepted:
                return;
            case CodeCheckStatus.Wrong:
                throw new UserInputException(UserErrorCodes.CodeWrong, check.RemainingAttempts);
            case CodeCheckStatus.Expired:
                throw new UserInputException(UserErrorCodes.CodeExpired);
            case CodeCheckStatus.Used:
                throw new UserInputException(UserErrorCodes.CodeUsed);
            case CodeCheckStatus.Exhausted:
                throw new UserInputException(UserErrorCodes.CodeExhausted);
            default:
                throw new UserInputException(UserErrorCodes.CodeMissing);
        }
    }
}
