namespace Kyzmat.Recruitment.Applications;

/// <summary>The interview commission's decision.</summary>
public enum InterviewOutcome
{
    /// <summary>The competition's winner, appointed to the post.</summary>
    Winner = 1,

    /// <summary>A runner-up: enters the personnel reserve.</summary>
    Reserve = 2,

    Refused = 3,
}
