namespace Kyzmat.Workflows.Messages;

/// <summary>
/// The outcome of publishing a message: the instances it reached. <see cref="Correlated"/> is false (with a reason)
/// when nobody waits for that name and key; the message is then not kept.
/// </summary>
public sealed record MessageCorrelationResult(bool Correlated, IReadOnlyList<Guid> InstanceIds, string? Reason)
{
    public const string NoSubscriber = "NO_SUBSCRIBER";
}
