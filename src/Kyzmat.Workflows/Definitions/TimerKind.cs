namespace Kyzmat.Workflows.Definitions;

/// <summary>How a timer's expression is read: an ISO-8601 duration or an ISO-8601 date and time.</summary>
public enum TimerKind
{
    Duration,
    Date,
}
