using Kyzmat.Workflows.Timers;

namespace Kyzmat.Workflows.Tests.Timers;

public sealed class TimerSchedulesTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("R3/PT10S", "2026-03-02T09:00:00", "2026-03-02T09:00:10")]
    [InlineData("R3/PT10S", "2026-03-02T09:00:10", "2026-03-02T09:00:20")]
    [InlineData("R3/PT10S", "2026-03-02T09:00:30", null)]
    [InlineData("R/P1D", "2026-03-12T09:00:00", "2026-03-13T09:00:00")]
    [InlineData("R2/2026-03-05T08:00:00Z/PT12H", "2026-03-02T09:00:00", "2026-03-05T08:00:00")]
    [InlineData("R2/2026-03-05T08:00:00Z/PT12H", "2026-03-05T08:00:00", "2026-03-05T20:00:00")]
    [InlineData("R2/2026-03-05T08:00:00Z/PT12H", "2026-03-05T20:00:00", null)]
    [InlineData("0 0 9 * * MON-FRI", "2026-03-06T18:00:00", "2026-03-09T09:00:00")]
    [InlineData("*/15 * * * *", "2026-03-02T09:07:30", "2026-03-02T09:15:00")]
    [InlineData("@daily", "2026-03-02T09:00:00", "2026-03-03T00:00:00")]
    [InlineData("0 30 8 29 2 ?", "2026-03-02T09:00:00", "2028-02-29T08:30:00")]
    [InlineData("0 0 12 1 * SUN", "2026-03-02T09:00:00", "2026-03-08T12:00:00")]
    public void Next_FromTheCycleStart_IsTheNextFiring(string cycle, string after, string? expected)
    {
        Assert.True(TimerSchedules.TryParse(cycle, out var schedule, out var error), error);

        var next = schedule.Next(Monday, DateTime.SpecifyKind(DateTime.Parse(after, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));

        Assert.Equal(expected is null ? null : DateTime.SpecifyKind(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), next);
    }
}
