using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Seed;

/// <summary>
/// Loads the seed files into an empty database. Each kind is loaded only when the database has none of it,
/// so running it again (every start-up does) changes nothing.
/// </summary>
public sealed partial class ReferenceDataSeeder(
    KyzmatDbContext db, IOptions<SeedOptions> options, TimeProvider clock, DemoAccountsSeeder accounts, ILogger<ReferenceDataSeeder> logger)
{
    /// <summary>Kyrgyzstan has one time zone, UTC+6 all year: deadlines end at 18:00 local time.</summary>

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.ReferenceData && !await db.Regions.AnyAsync(cancellationToken))
        {
            var order = 0;
            db.Regions.AddRange(SeedFiles.Regions().Select(r => new Region
            {
                Code = r.Code,
                Kind = Enum.Parse<RegionKind>(r.Kind, ignoreCase: true),
                Name = r.Name.ToLocalized(),
                SortOrder = ++order,
            }));
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, "regions", order);
        }

        if (!options.Value.DemoData)
        {
            return;
        }

        if (!await db.StateBodies.AnyAsync(cancellationToken))
        {
            var bodies = SeedFiles.StateBodies().Select(ToStateBody).ToList();
            db.StateBodies.AddRange(bodies);
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, "state bodies", bodies.Count);
        }

        if (!await db.Vacancies.AnyAsync(cancellationToken))
        {
            var bodies = await db.StateBodies.Include(b => b.Offices).ToDictionaryAsync(b => b.Code, cancellationToken);
            var vacancies = SeedFiles.Vacancies().Select(v => ToVacancy(v, bodies)).ToList();
            db.Vacancies.AddRange(vacancies);
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, "vacancies", vacancies.Count);
        }

        var people = await accounts.SeedAsync(cancellationToken);
        if (people > 0)
        {
            LogSeeded(logger, "sandbox citizens", people);
        }
    }

    private static StateBody ToStateBody(SeedFiles.StateBodyRecord record) => new()
    {
        Code = record.Code,
        Kind = Enum.Parse<StateBodyKind>(record.Kind, ignoreCase: true),
        Name = record.Name.ToLocalized(),
        ShortName = record.ShortName.ToLocalized(),
        Email = record.Email,
        Phone = record.Phone,
        Offices = record.Offices.Select(o => new Office
        {
            Code = o.Code,
            RegionCode = o.Region,
            Name = o.Name.ToLocalized(),
            Address = o.Address.ToLocalized(),
        }).ToList(),
    };

    private Vacancy ToVacancy(SeedFiles.VacancyRecord record, Dictionary<string, StateBody> bodies)
    {
        var body = bodies[record.Body];
        var today = TodayInBishkek();
        var deadline = new DateTimeOffset(today.AddDays(record.DeadlineInDays).ToDateTime(new TimeOnly(18, 0)), BishkekTime.Offset);
        return new Vacancy
        {
            Code = record.Code,
            StateBodyId = body.Id,
            Group = Enum.Parse<PositionGroup>(record.Group, ignoreCase: true),
            Title = record.Title.ToLocalized(),
            Description = record.Description.ToLocalized(),
            Requirements = record.Requirements.ToLocalized(),
            Employment = record.Employment == "part-time" ? EmploymentType.PartTime : EmploymentType.FullTime,
            SalaryMin = record.SalaryMin,
            SalaryMax = record.SalaryMax,
            PublishedAt = new DateTimeOffset(today.AddDays(-record.PublishedDaysAgo).ToDateTime(new TimeOnly(9, 0)), BishkekTime.Offset).ToUniversalTime(),
            Deadline = deadline.ToUniversalTime(),
            Status = record.DeadlineInDays < 0 ? VacancyStatus.Closed : VacancyStatus.Published,
            Offices = record.Offices.Select(code => body.Offices.Single(o => o.Code == code)).ToList(),
        };
    }

    private DateOnly TodayInBishkek() => BishkekTime.DateOf(clock.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} {Kind}")]
    private static partial void LogSeeded(ILogger logger, string kind, int count);
}
