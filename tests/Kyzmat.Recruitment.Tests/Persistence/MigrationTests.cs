using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
    [PostgreSqlTest]
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
    [PostgreSqlTest]
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

    [Fact]
    public async Task Initialize_DatabaseOfASquashedMigrationLine_IsRefusedWithWhatToDo()
    {
        await using var database = await TestDatabases.OpenAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            // What an unreleased build's migrations left behind: their history and the tables they made.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);" +
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261125184758_Initial', '10.0.0'), ('20261202151853_UncompressedPdfContent', '10.0.0');" +
                "CREATE TABLE vacancies (\"Id\" INTEGER PRIMARY KEY);");
        }

        var initializer = NewInitializer(database.Settings, out var services);
        await using var _ = services;

        var refusal = await Assert.ThrowsAsync<KyzmatConfigurationException>(() => initializer.InitializeAsync());

        Assert.Contains("20261125184758_Initial", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("squashed", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("kyzmat.db", refusal.Message, StringComparison.Ordinal);
        await using var after = database.NewContext();
        Assert.Equal(2, await after.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync());
    }

    [Fact]
    public async Task Initialize_DatabaseAheadOfThisBuild_StartsWithoutMigrating()
    {
        // A newer host migrated the database during a rolling upgrade: this one has nothing to apply and starts.
        await using var database = await TestDatabases.OpenAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromANewerBuild', '10.0.0');");
        }

        var initializer = NewInitializer(database.Settings, out var services);
        await using var _ = services;

        await initializer.InitializeAsync();

        await using var after = database.NewContext();
        Assert.NotEmpty(await after.StateBodies.ToListAsync());
    }

    private static DatabaseInitializer NewInitializer(DatabaseSettings settings, out ServiceProvider services)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kyzmat:DataPath"] = Path.Combine(Path.GetTempPath(), "kyzmat-migrations-" + Guid.NewGuid().ToString("N")[..12]),
            ["Database:Provider"] = settings.Provider.ToString(),
            ["ConnectionStrings:Kyzmat"] = settings.ConnectionString,
        }).Build();
        services = new ServiceCollection().AddLogging().AddKyzmatRecruitment(configuration).BuildServiceProvider();
        return services.GetRequiredService<DatabaseInitializer>();
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
