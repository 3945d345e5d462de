namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// One step of an application's timeline: the status it reached, when, by whose hand, and why. These are the
/// events the citizen is notified of (in the portal now; e-mail and Telegram subscribe to the same rows).
/// </summary>
public sealed class ApplicationEvent
{
    public long Id { get; init; }

    public Guid ApplicationId { get; init; }

    public Guid CitizenId { get; init; }

    public ApplicationStatus Status { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>citizen, hr, or system (a timer or job).</summary>
    public required string Actor { get; init; }

    public string? Reason { get; init; }

    public int? Score { get; init; }

    /// <summary>When the citizen saw it in «Билдирмелер»; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
