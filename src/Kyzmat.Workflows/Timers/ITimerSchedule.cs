namespace Kyzmat.Workflows.Timers;

/// <summary>When a repeating timer (a BPMN timeCycle) fires: an ISO-8601 repeating interval or a cron expression.</summary>
public interface ITimerSchedule
{
    /// <summary>
    /// The first moment after <paramref name="after"/> at which the timer fires, for a cycle that began at
    /// <paramref name="cycleStart"/>; null when it has fired as often as it repeats.
    /// </summary>
    DateTime? Next(DateTime cycleStart, DateTime after);
}
