using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Server.Feeds;

/// <summary>
/// <c>GET /api/vacancies</c>: open vacancies as plain JSON, for sites that republish them — and the
/// baseline the GraphQL benchmark compares <c>vacancies(…)</c> with (same search, same data).
/// </summary>
internal static class VacancyFeed
{
    public static void MapVacancyFeed(this WebApplication app) =>
        app.MapGet("/api/vacancies", async (
            VacancySearch search, KyzmatDbContext db, int? first, string? after, string? text, PositionGroup? group, string? region,
            decimal? salaryFrom, VacancySort? sort, CancellationToken cancellationToken) =>
        {
            if (first is < 0 or > VacancySearch.MaxPageSize)
            {
                return Results.BadRequest(new { code = UserErrorCodes.PageSizeTooLarge });
            }

            var criteria = new VacancySearchCriteria
            {
                Text = text,
                Groups = group is { } g ? [g] : null,
                RegionCodes = region is null ? null : [region],
                SalaryFrom = salaryFrom,
                Sort = sort ?? VacancySort.Relevance,
            };
            VacancyPage page;
            try
            {
                page = await search.SearchAsync(criteria, first ?? 20, after, cancellationToken);
            }
            catch (UserInputException ex)
            {
                return Results.BadRequest(new { code = ex.Code });
            }

            var ids = page.Items.Select(i => i.Vacancy.Id).ToList();
            var bodyIds = page.Items.Select(i => i.Vacancy.StateBodyId).Distinct().ToList();
            var bodies = await db.StateBodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
            var offices = (await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id)).Include(v => v.Offices).ToListAsync(cancellationToken))
                .ToDictionary(v => v.Id, v => v.Offices);
            return Results.Ok(new
            {
                totalCount = page.TotalCount,
                hasNextPage = page.HasNextPage,
                endCursor = page.Items.LastOrDefault().Cursor,
                nodes = page.Items.Select(i => new
                {
                    code = i.Vacancy.Code,
                    title = new { ky = i.Vacancy.Title.Ky, ru = i.Vacancy.Title.Ru },
                    group = i.Vacancy.Group,
                    salaryMin = i.Vacancy.SalaryMin,
                    salaryMax = i.Vacancy.SalaryMax,
                    deadline = i.Vacancy.Deadline,
                    stateBody = new { code = bodies[i.Vacancy.StateBodyId].Code, name = new { ky = bodies[i.Vacancy.StateBodyId].Name.Ky } },
                    offices = offices[i.Vacancy.Id].Select(o => new { code = o.Code, region = new { code = o.RegionCode } }),
                }),
            });
        }).WithName("VacancyFeed");
}
