using Kyzmat.Recruitment.Applications;

namespace Kyzmat.Recruitment.Tests.Applications;

public sealed class WorkingDaysTests
{
    private static readonly TimeSpan Bishkek = TimeSpan.FromHours(6);

    [Fact]
    public void FiveWorkingDays_SkipTheWeekend()
    {
        // Thursday 3 December 2026, 10:00 in Bishkek → Fri, Mon, Tue, Wed, Thu 10 December.
        var due = WorkingDays.After(new DateTimeOffset(2026, 12, 3, 10, 0, 0, Bishkek), 5, PublicHolidays.None);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 23, 59, 59, Bishkek), due);
    }

    [Fact]
    public void PublicHolidays_AreNotWorkingDays_YearlyOnesAndAnnouncedDates()
    {
        // Friday 20 March 2026; Nooruz (21 March) is a Saturday anyway; Orozo Ait announced for Monday 23 March.
        var holidays = new PublicHolidays(PublicHolidays.KyrgyzYearly, [new DateOnly(2026, 3, 23)]);
        var due = WorkingDays.After(new DateTimeOffset(2026, 3, 20, 9, 0, 0, Bishkek), 1, holidays);
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 23, 59, 59, Bishkek), due);

        // Thursday 30 April 2026: 1 May (Fri) is Labour Day, 5 May (Tue) Constitution Day → Mon 4, Wed 6.
        var may = WorkingDays.After(new DateTimeOffset(2026, 4, 30, 12, 0, 0, Bishkek), 2, holidays);
        Assert.Equal(new DateTimeOffset(2026, 5, 6, 23, 59, 59, Bishkek), may);
    }

    [Fact]
    public void AnEveningInBishkek_CountsFromThatBishkekDate_NotTheUtcOne()
    {
        // 19:00 UTC on Sunday is 01:00 on Monday in Bishkek: the first working day counted is Tuesday.
        var due = WorkingDays.After(new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero), 1, PublicHolidays.None);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 23, 59, 59, Bishkek), due);
    }
}
