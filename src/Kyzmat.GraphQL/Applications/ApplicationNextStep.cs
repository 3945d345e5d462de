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
    None,
}
