using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Tests.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kyzmat.Recruitment.Tests.Vacancies;

/// <summary>
/// A migrated database holding a handful of vacancies in Kyrgyz and Russian, written as state bodies write them,
/// for the search tests. Every test opens its own.
/// </summary>
internal sealed class SearchCorpus : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    private readonly TestDatabases.OpenDatabase _database;

    private SearchCorpus(TestDatabases.OpenDatabase database) => _database = database;

    public FakeTimeProvider Clock { get; } = new(Now);

    public StateBody Finance { get; private set; } = null!;

    public StateBody Justice { get; private set; } = null!;

    public static async Task<SearchCorpus> OpenAsync(DatabaseProvider provider)
    {
        var corpus = new SearchCorpus(await TestDatabases.OpenAsync(provider));
        await using var db = corpus.NewContext();
        await db.Database.MigrateAsync();
        db.Regions.AddRange(
            new Region { Code = "bishkek", Kind = RegionKind.City, Name = new("Бишкек шаары", "город Бишкек", "Bishkek") },
            new Region { Code = "osh", Kind = RegionKind.Oblast, Name = new("Ош облусу", "Ошская область", "Osh Region") });
        corpus.Finance = Body("finance", "Финансы министрлиги", "Министерство финансов", "bishkek");
        corpus.Justice = Body("justice", "Юстиция министрлиги", "Министерство юстиции", "osh");
        db.StateBodies.AddRange(corpus.Finance, corpus.Justice);

        db.Vacancies.AddRange(
            Vacancy("KZ-1", corpus.Finance, PositionGroup.Senior, 45000, days: 5,
                new("Салык инспектору", "Налоговый инспектор"),
                new("Салык төлөөчүлөрдүн декларацияларын текшерүү.", "Проверка деклараций налогоплательщиков.")),
            Vacancy("KZ-2", corpus.Finance, PositionGroup.Junior, 30000, days: 20,
                new("Финансылык талдоо бөлүмүнүн адиси", "Специалист отдела финансового анализа"),
                new("Бюджеттин аткарылышын талдоо.", "Анализ исполнения бюджета.")),
            Vacancy("KZ-3", corpus.Justice, PositionGroup.Main, 65000, days: 2,
                new("Юрист", "Юрист"),
                new("Инспекторлор менен иштөө, келишимдерди даярдоо.", "Работа с инспекторами, подготовка договоров.")),
            Vacancy("KZ-4", corpus.Justice, PositionGroup.Senior, 15000, days: 40,
                new("Бухгалтер", "Бухгалтер"),
                new("Бухгалтердик эсепти жүргүзүү.", "Ведение бухгалтерского учёта.")),
            Vacancy("KZ-5", corpus.Justice, PositionGroup.Senior, 42000, days: 10,
                new("Башкы инспектор", "Главный инспектор"),
                new("Мекемелерди текшерүү.", "Проверка учреждений.")),
            Vacancy("KZ-6", corpus.Finance, PositionGroup.Senior, 42000, days: 10,
                new("Салык инспектору (долбоор)", "Налоговый инспектор (черновик)"),
                new("Даяр эмес.", "Не готово."), VacancyStatus.Draft));
        await db.SaveChangesAsync();
        return corpus;
    }

    public KyzmatDbContext NewContext() => _database.NewContext();

    /// <summary>As the host makes it: with the process caches (fresh for every search here).</summary>
    public VacancySearch Search(KyzmatDbContext db) => new(db, Clock, new SearchCaches(new SearchDataChanges(), Clock));

    /// <summary>Adds open vacancies of the finance body with these titles and duties.</summary>
    public async Task AddAsync(IEnumerable<(string Code, LocalizedText Title, LocalizedText Duties)> vacancies)
    {
        await using var db = NewContext();
        var finance = await db.StateBodies.Include(b => b.Offices).SingleAsync(b => b.Id == Finance.Id);
        db.Vacancies.AddRange(vacancies.Select(v => Vacancy(v.Code, finance, PositionGroup.Senior, 40000, days: 15, v.Title, v.Duties)));
        await db.SaveChangesAsync();
    }

    public async Task<List<string>> CodesAsync(string text, VacancySort sort = VacancySort.Relevance)
    {
        await using var db = NewContext();
        var page = await Search(db).SearchAsync(new VacancySearchCriteria { Text = text, Sort = sort }, 20, null);
        return [.. page.Items.Select(i => i.Vacancy.Code)];
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static StateBody Body(string code, string ky, string ru, string region) => new()
    {
        Code = code,
        Kind = StateBodyKind.Ministry,
        Name = new(ky, ru),
        ShortName = new(ky, ru),
        Offices = [new Office { Code = code + "-" + region, RegionCode = region, Name = new(ky, ru), Address = new("көч. 1", "ул. 1") }],
    };

    private static Vacancy Vacancy(
        string code, StateBody body, PositionGroup group, decimal salary, int days, LocalizedText title, LocalizedText duties,
        VacancyStatus status = VacancyStatus.Published) => new()
        {
            Code = code,
            StateBodyId = body.Id,
            StateBody = body,
            Group = group,
            Title = title,
            Description = duties,
            Requirements = new("Жогорку билим.", "Высшее образование."),
            SalaryMin = salary - 5000,
            SalaryMax = salary,
            Status = status,
            PublishedAt = status == VacancyStatus.Published ? Now.AddDays(-1) : null,
            Deadline = Now.AddDays(days),
            Offices = [body.Offices[0]],
        };
}
