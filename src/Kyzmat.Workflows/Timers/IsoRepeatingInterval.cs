using Kyzmat.Workflows.Expressions;

namespace Kyzmat.Workflows.Timers;

/// <summary>
/// An ISO-8601 repeating interval: <c>R[n]/duration</c> (from when the timer was set) or <c>R[n]/start/duration</c>.
/// <c>R</c> without a number repeats without end.
/// </summary>
internal sealed class IsoRepeatingInterval(int? repetitions, DateTime? start, TimeSpan interval) : ITimerSchedule
{
    public static bool TryParse(string text, out ITimerSchedule schedule, out string error)
    {
        schedule = null!;
        var parts = text.Split('/');
        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                error = $"'{parts[0]}' is not a number of repetitions (R, or R followed by a positive whole number).";
                return false;
            }

            repetitions = n;
        }

        DateTime? start = null;
        var durationText = parts.Length switch
        {
            2 => parts[1],
            3 when FeelValues.TryParseDateTime(parts[1], out var begin) => (start = begin.UtcDateTime) is not null ? parts[2] : null,
            _ => null,
        };
        if (durationText is null || !FeelValues.TryParseDuration(durationText, out var interval) || interval <= TimeSpan.Zero)
        {
            error = $"'{text}' is not an ISO-8601 repeating interval such as R5/PT10S or R/2026-12-01T09:00:00Z/P1D.";
            return false;
        }

        error = "";
        schedule = new IsoRepeatingInterval(repetitions, start, interval);
        return true;
    }

    public DateTime? Next(DateTime cycleStart, DateTime after)
    {
        // With a start date the first firing is at the start itself; without, one interval after the timer was set.
        var first = start ?? cycleStart + interval;
        if (after < first)
        {
            return first;
        }

        var passed = (long)((after - first).Ticks / interval.Ticks) + 1;
        if (repetitions is { } n && passed >= n)
        {
            return null;
        }

        return first + TimeSpan.FromTicks(interval.Ticks * passed);
    }
}
