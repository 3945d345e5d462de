namespace Kyzmat.Recruitment.Applications;

/// <summary>Where an application stands; the citizen sees it in «Менин жоопторум».</summary>
public enum ApplicationStatus
{
    /// <summary>Started; the citizen is to choose an office («Кеңсе»).</summary>
    Draft = 1,

    /// <summary>The application document is made; the citizen reads it and signs («Кол коюу»).</summary>
    DocumentReady = 2,

    /// <summary>A signing code was asked for; it goes to the citizen's e-mail.</summary>
    AwaitingSignature = 3,

    /// <summary>Signed with the code and filed; the state body's HR reviews the documents.</summary>
    Filed = 4,

    /// <summary>Documents accepted; the testing result is awaited.</summary>
    AdmittedToTesting = 5,

    /// <summary>Test passed; the interview commission decides.</summary>
    Interview = 6,

    /// <summary>The competition's winner: appointed to the post.</summary>
    Appointed = 7,

    /// <summary>Entered the personnel reserve («Кадрлар резерви»).</summary>
    InReserve = 8,

    /// <summary>Refused at the document review, the test or the interview (with a reason).</summary>
    Refused = 9,

    /// <summary>Withdrawn by the citizen.</summary>
    Withdrawn = 10,

    /// <summary>Not signed by the vacancy's deadline or before it was closed, or the competition was called off (with a reason).</summary>
    Cancelled = 11,
}
