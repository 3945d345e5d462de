namespace Kyzmat.Workflows.Timers;

/// <summary>Reads a timeCycle as Camunda 8 accepts it: <c>R5/PT10S</c>, <c>R/P1D</c>, <c>R3/2026-12-01T09:00:00Z/P1D</c>, or cron.</summary>
public static class TimerSchedules
{
    public static bool TryParse(string text, out ITimerSchedule schedule, out string error)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('R'))
        {
            return IsoRepeatingInterval.TryParse(trimmed, out schedule, out error);
        }

        if (CronSchedule.TryParse(trimmed, out var cron, out error))
        {
            schedule = cron;
            return true;
        }

        schedule = null!;
        return false;
    }
}
