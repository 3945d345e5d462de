using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

internal static class ApplicationNextSteps
{
    /// <summary>An open step an administrator added comes first: the status alone would name the built-in step after it.</summary>
    public static async Task<ApplicationNextStep> OfAsync(Application application, ApplicationSteps steps, CancellationToken cancellationToken)
    {
        var next = Of(application.Status);
        return next != ApplicationNextStep.None && await steps.CurrentAsync(application.Id, cancellationToken) is not null ? ApplicationNextStep.AddedStep : next;
    }

    public static ApplicationNextStep Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => ApplicationNextStep.ChooseOffice,
        ApplicationStatus.DocumentReady => ApplicationNextStep.ReadAndSign,
        ApplicationStatus.AwaitingSignature => ApplicationNextStep.EnterCode,
        ApplicationStatus.Filed => ApplicationNextStep.DocumentReview,
        ApplicationStatus.AdmittedToTesting => ApplicationNextStep.Testing,
        ApplicationStatus.Interview => ApplicationNextStep.Interview,
        _ => ApplicationNextStep.None,
    };
}
