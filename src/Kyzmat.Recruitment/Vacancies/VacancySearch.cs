using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>
/// The vacancy search behind every front end: filters, sort, keyset paging and a total count,
/// in two SQL commands whatever the page.
/// </summary>
public sealed class VacancySearch(KyzmatDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<VacancyPage> SearchAsync(
        VacancySearchCriteria criteria, int first, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var query = Filter(db.Vacancies.AsNoTracking(), criteria);
        var total = await query.CountAsync(cancellationToken);

        if (after is not null)
        {
            query = After(query, VacancyCursor.Decode(after, criteria.Sort));
        }

        var rows = await Order(query, criteria.Sort).Take(Math.Min(first, MaxPageSize) + 1).ToListAsync(cancellationToken);
        var page = rows.Take(Math.Min(first, MaxPageSize)).Select(v => (v, VacancyCursor.Of(v, criteria.Sort).Encode())).ToList();
        return new VacancyPage(page, rows.Count > page.Count, total);
    }

    private IQueryable<Vacancy> Filter(IQueryable<Vacancy> query, VacancySearchCriteria criteria)
    {
        if (criteria.Statuses is { Count: > 0 } statuses)
        {
            query = query.Where(v => statuses.Contains(v.Status));
        }
        else if (criteria.OpenOnly)
        {
            var now = clock.GetUtcNow();
            query = query.Where(v => v.Status == VacancyStatus.Published && v.Deadline >= now);
        }
        else
        {
            query = query.Where(v => v.Status != VacancyStatus.Draft);
        }

        foreach (var word in Words(criteria.Text))
        {
            query = query.Where(v => v.SearchText.Contains(word));
        }

        if (criteria.StateBodyIds is { Count: > 0 } bodies)
        {
            query = query.Where(v => bodies.Contains(v.StateBodyId));
        }

        if (criteria.RegionCodes is { Count: > 0 } regions)
        {
            query = query.Where(v => v.Offices.Any(o => regions.Contains(o.RegionCode)));
        }

        if (criteria.Groups is { Count: > 0 } groups)
        {
            query = query.Where(v => groups.Contains(v.Group));
        }

        if (criteria.SalaryFrom is { } salaryFrom)
        {
            query = query.Where(v => v.SalaryMax >= salaryFrom);
        }

        if (criteria.PublishedAfter is { } publishedAfter)
        {
            query = query.Where(v => v.PublishedAt > publishedAfter);
        }

        if (criteria.PublishedUntil is { } publishedUntil)
        {
            query = query.Where(v => v.PublishedAt <= publishedUntil);
        }

        if (criteria.DeadlineBefore is { } deadlineBefore)
        {
            query = query.Where(v => v.Deadline <= deadlineBefore);
        }

        return query;
    }

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : VacancySearchText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8);

    private static IQueryable<Vacancy> Order(IQueryable<Vacancy> query, VacancySort sort) => sort switch
    {
        VacancySort.Deadline => query.OrderBy(v => v.Deadline).ThenBy(v => v.Code),
        VacancySort.Salary => query.OrderByDescending(v => v.SalaryMax).ThenByDescending(v => v.Code),
        _ => query.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Code),
    };

    private static IQueryable<Vacancy> After(IQueryable<Vacancy> query, VacancyCursor cursor)
    {
        var code = cursor.Code;
        switch (cursor.Sort)
        {
            case VacancySort.Deadline:
                var deadline = cursor.Moment;
                return query.Where(v => v.Deadline > deadline || (v.Deadline == deadline && string.Compare(v.Code, code) > 0));
            case VacancySort.Salary:
                var salary = cursor.Amount;
                return query.Where(v => v.SalaryMax < salary || (v.SalaryMax == salary && string.Compare(v.Code, code) < 0));
            default:
                DateTimeOffset? published = cursor.Moment;
                return query.Where(v => v.PublishedAt < published || (v.PublishedAt == published && string.Compare(v.Code, code) < 0));
        }
    }
}
