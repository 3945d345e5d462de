using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kyzmat.Recruitment.Tests.Persistence;

public sealed class MigrationTests
{
    public static TheoryData<DatabaseProvider> AllProviders => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    public static TheoryData<DatabaseProvider> ServersHere => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void Model_ComparedWithMigrationSnapshot_HasNoPendingChanges(DatabaseProvider provider)
    {
        // No connection is opened: the model is compared with the provider's last migration snapshot.
        using var db = KyzmatDbContextOptions.CreateContext(new DatabaseSettings(provider, DummyConnection(provider)));

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes with no {provider} migration: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void SqlServerMigrations_ScriptedIdempotently_GuardEveryMigration()
    {
        using var db = KyzmatDbContextOptions.CreateContext(new DatabaseSettings(DatabaseProvider.SqlServer, DummyConnection(DatabaseProvider.SqlServer)));
        var migrations = db.Database.GetMigrations().ToList();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.NotEmpty(migrations);
        foreach (var migration in migrations)
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE TABLE [vacancies]", script, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Migrate_PostgreSql_StoresApplicationPdfsWithoutCompressingThem()
    {
        await using var database = await TestDatabases.OpenAsync(DatabaseProvider.PostgreSql);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();

        // 'e' (external): out of line, never compressed; the default for bytea is 'x' (extended: compressed first).
        var storage = await db.Database.SqlQuery<char>(
            $"SELECT attstorage AS \"Value\" FROM pg_attribute WHERE attrelid = 'application_pdfs'::regclass AND attname = 'Content'").SingleAsync();
        Assert.Equal('e', storage);
    }

    [SkippableTheory]
    [MemberData(nameof(ServersHere))]
    public async Task Migrate_EmptyDatabase_CreatesSchemaAndRoundTripsData(DatabaseProvider provider)
    {
        await using var database = await TestDatabases.OpenAsync(provider);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            db.Regions.Add(new Region { Code = "naryn", Kind = RegionKind.Oblast, Name = new("Нарын облусу", "Нарынская область", "Naryn Region") });
            var body = new StateBody
            {
                Code = "test-body",
                Kind = StateBodyKind.Ministry,
                Name = new("Сынак министрлиги", "Министерство испытаний", "Ministry of Tests"),
                ShortName = new("СМ", "МИ"),
                Offices = [new Office { Code = "test-naryn", RegionCode = "naryn", Name = new("Нарын бөлүмү", "Нарынский отдел"), Address = new("Ленин көч., 1", "ул. Ленина, 1") }],
            };
            db.StateBodies.Add(body);
            db.Vacancies.Add(NewVacancy("KZ-T-1", body, daysToDeadline: 3));
            db.Vacancies.Add(NewVacancy("KZ-T-2", body, daysToDeadline: 10));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var cutoff = DateTimeOffset.UtcNow.AddDays(5);
            var soon = await db.Vacancies.Include(v => v.Offices).ThenInclude(o => o.Region)
                .Where(v => v.Deadline < cutoff && v.SalaryMin >= 25000m)
                .OrderBy(v => v.Deadline)
                .ToListAsync();

            var vacancy = Assert.Single(soon);
            Assert.Equal("KZ-T-1", vacancy.Code);
            Assert.Equal("Бөлүмдүн башкы адиси ң ө ү", vacancy.Title.Ky);
            Assert.Equal("Главный специалист отдела", vacancy.Title.Ru);
            Assert.Null(vacancy.Title.En);
            Assert.Equal(30500.50m, vacancy.SalaryMin);
            Assert.Equal(PositionGroup.Main, vacancy.Group);
            Assert.Equal("Нарын облусу", Assert.Single(vacancy.Offices).Region!.Name.Ky);
        }
    }

    private static Vacancy NewVacancy(string code, StateBody body, int daysToDeadline) => new()
    {
        Code = code,
        StateBodyId = body.Id,
        Group = PositionGroup.Main,
        Title = new LocalizedText("Бөлүмдүн башкы адиси ң ө ү", "Главный специалист отдела"),
        Description = new LocalizedText("Сүрөттөмө", "Описание"),
        Requirements = new LocalizedText("Талаптар", "Требования"),
        SalaryMin = 30500.50m,
        SalaryMax = 40000m,
        Status = VacancyStatus.Published,
        PublishedAt = DateTimeOffset.UtcNow,
        Deadline = DateTimeOffset.UtcNow.AddDays(daysToDeadline),
        Offices = [body.Offices[0]],
    };

    private static string DummyConnection(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=unused.db",
        DatabaseProvider.PostgreSql => "Host=unused;Database=unused",
        _ => "Server=unused;Database=unused;TrustServerCertificate=true",
    };
}
