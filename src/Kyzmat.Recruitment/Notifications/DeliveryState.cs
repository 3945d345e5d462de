namespace Kyzmat.Recruitment.Notifications;

public enum DeliveryState
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending = 1,

    /// <summary>Claimed by a sender; if the host stops now, the outcome is unknown and it is not sent again.</summary>
    Sending = 2,

    Sent = 3,

    /// <summary>Gave up after the last attempt, or the outcome of an interrupted attempt is unknown.</summary>
    Failed = 4,

    /// <summary>Not sent by choice: the channel is off for this kind, or the citizen has no address there.</summary>
    Skipped = 5,
}
