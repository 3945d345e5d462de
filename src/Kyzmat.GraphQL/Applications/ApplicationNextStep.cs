namespace Kyzmat.GraphQL.Applications;

/// <summary>What an application waits for.</summary>
public enum ApplicationNextStep
{
    ChooseOffice,
    ReadAndSign,
    EnterCode,
    DocumentReview,
    Testing,
    Interview,

    /// <summary>A step an administrator added to the process; the application's currentStep names it.</summary>
    AddedStep,
    None,
}
