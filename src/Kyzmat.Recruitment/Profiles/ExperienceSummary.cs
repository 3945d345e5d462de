namespace Kyzmat.Recruitment.Profiles;

/// <summary>Total years of work and of state civil service, overlapping periods counted once.</summary>
public sealed record ExperienceSummary(decimal TotalYears, decimal CivilServiceYears)
{
    private const decimal DaysPerYear = 365.25m;

    public static ExperienceSummary Of(IEnumerable<WorkExperience> experiences, DateOnly today)
    {
        var all = experiences.ToList();
        return new ExperienceSummary(
            Years(all, today),
            Years(all.Where(w => w.PostType == PostType.StateCivilService), today));
    }

    private static decimal Years(IEnumerable<WorkExperience> periods, DateOnly today)
    {
        var days = 0;
        var coveredUntil = int.MinValue;
        foreach (var (start, end) in periods
            .Select(p => (Start: p.StartDate.DayNumber, End: Math.Min((p.EndDate ?? today).DayNumber, today.DayNumber)))
            .Where(p => p.End > p.Start)
            .OrderBy(p => p.Start))
        {
            var from = Math.Max(start, coveredUntil);
            if (end > from)
            {
                days += end - from;
                coveredUntil = end;
            }
        }

        return Math.Round(days / DaysPerYear, 1);
    }
}
