using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Seed;
using Kyzmat.Recruitment.Tests.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Seed;

public sealed class ReferenceDataSeederTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Seed_TwiceOnEmptyDatabase_LoadsEverythingOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.OpenAsync(provider);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            await Seeder(db, new SeedOptions()).SeedAsync();
        }

        await using (var db = database.NewContext())
        {
            await Seeder(db, new SeedOptions()).SeedAsync();
        }

        await using (var check = database.NewContext())
        {
            Assert.Equal(9, await check.Regions.CountAsync());
            Assert.Equal(SeedFiles.StateBodies().Count, await check.StateBodies.CountAsync());
            Assert.Equal(SeedFiles.Vacancies().Count, await check.Vacancies.CountAsync());
            Assert.Equal(SeedFiles.StateBodies().Sum(b => b.Offices.Count), await check.Offices.CountAsync());
            Assert.Equal(SeedFiles.StateBodies().Count + 3, await check.SandboxCitizens.CountAsync());
            Assert.Equal(SeedFiles.StateBodies().Count, await check.RoleGrants.CountAsync(r => r.Role == KyzmatRoles.Hr));
        }
    }

    [Fact]
    public async Task Seed_WithDemoDataOff_LoadsOnlyRegions()
    {
        await using var database = await TestDatabases.OpenAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();

        await Seeder(db, new SeedOptions { DemoData = false }).SeedAsync();

        Assert.Equal(9, await db.Regions.CountAsync());
        Assert.Equal(0, await db.StateBodies.CountAsync());
        Assert.Equal(0, await db.Vacancies.CountAsync());
        Assert.Equal(0, await db.SandboxCitizens.CountAsync());
    }

    [Fact]
    public async Task Seed_Vacancies_CoverEveryGroupWithDeadlinesRelativeToToday()
    {
        await using var database = await TestDatabases.OpenAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();

        await Seeder(db, new SeedOptions()).SeedAsync();

        var vacancies = await db.Vacancies.Include(v => v.Offices).Include(v => v.StateBody).ToListAsync();
        var open = vacancies.Where(v => v.IsOpenAt(Today)).ToList();
        Assert.True(open.Count >= 40, $"{open.Count} open vacancies");
        Assert.All(Enum.GetValues<PositionGroup>(), group => Assert.True(open.Count(v => v.Group == group) >= 5, $"{group}"));
        Assert.All(vacancies, v =>
        {
            Assert.NotEmpty(v.Offices);
            Assert.All(v.Offices, o => Assert.Equal(v.StateBodyId, o.StateBodyId));
            Assert.True(v.SalaryMax >= v.SalaryMin && v.SalaryMin > 0);
            Assert.NotEqual(v.Title.Ky, v.Title.Ru);
            Assert.True(v.PublishedAt <= Today.AddDays(1));
        });
        Assert.All(vacancies.Where(v => v.Status == VacancyStatus.Closed), v => Assert.True(v.Deadline < Today));
        Assert.Contains(vacancies, v => v.Title.Ky.IndexOfAny(['ң', 'ө', 'ү']) >= 0);
        Assert.True(vacancies.Select(v => v.StateBodyId).Distinct().Count() >= 10);
        Assert.True(await db.Offices.Select(o => o.RegionCode).Distinct().CountAsync() >= 7);
    }

    private static ReferenceDataSeeder Seeder(KyzmatDbContext db, SeedOptions options) =>
        new(db, Options.Create(options), new FakeTimeProvider(Today), new DemoAccountsSeeder(db, new FakeTimeProvider(Today)), NullLogger<ReferenceDataSeeder>.Instance);
}
