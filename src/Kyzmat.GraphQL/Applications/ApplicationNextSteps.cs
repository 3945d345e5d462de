using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

internal static class ApplicationNextSteps
{
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
