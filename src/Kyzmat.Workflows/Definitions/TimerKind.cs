namespace Kyzmat.Workflows.Definitions;

/// <summary>How a timer's expression is read: an ISO-8601 duration, date and time, or a cycle (repeating interval or cron).</summary>
public enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
