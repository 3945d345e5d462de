using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.StateBodies;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Tests.Vacancies;

/// <summary>
/// The catalogue of open vacancies (decision 0017) answers as the database does: the same pages in the same order,
/// cursor after cursor, the same totals, the same facets and the same suggestions, for filters, sorts and texts that
/// tie and overlap.
/// </summary>
public sealed class OpenVacancyCatalogueTests
{
    private static readonly string[] Titles =
    [
        "Салык инспектору|Налоговый инспектор", "Башкы инспектор|Главный инспектор", "Юрист|Юрист",
        "Бухгалтер|Бухгалтер", "Финансылык талдоо адиси|Специалист финансового анализа", "Салык адиси|Специалист по налогам",
    ];

    private static readonly string[] Duties =
    [
        "Салык төлөөчүлөрдү текшерүү.|Проверка налогоплательщиков.", "Инспекторлор менен иштөө.|Работа с инспекторами.",
        "Бюджетти талдоо.|Анализ бюджета.", "Келишимдерди даярдоо.|Подготовка договоров.",
    ];

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Catalogue_AnswersEverySearchAsTheDatabaseDoes(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        var (finance, justice) = await AddManyAsync(corpus);
        var criteria = new List<VacancySearchCriteria>
        {
            new(),
            new() { Text = "инспектор" },
            new() { Text = "салык инспектор" },
            new() { Text = "адис" },
            new() { Text = "инспктор" },
            new() { Text = "гидролог" },
            new() { Groups = [PositionGroup.Senior, PositionGroup.Main] },
            new() { RegionCodes = ["osh"] },
            new() { RegionCodes = ["bishkek", "osh"], Text = "салык" },
            new() { StateBodyIds = [justice] },
            new() { StateBodyIds = [finance], RegionCodes = ["osh"], Groups = [PositionGroup.Junior] },
            new() { SalaryFrom = 40000 },
            new() { SalaryBands = [SalaryBand.Below20000, SalaryBand.From60000] },
            new() { DeadlineWindows = [DeadlineWindow.Within3Days, DeadlineWindow.Later], Text = "инспектор" },
            new() { PublishedAfter = SearchCorpus.Now.AddDays(-3), PublishedUntil = SearchCorpus.Now.AddDays(-1) },
            new() { DeadlineBefore = SearchCorpus.Now.AddDays(10), SalaryFrom = 30000 },
        };

        await using var db = corpus.NewContext();
        var inDatabase = new VacancySearch(db, corpus.Clock);
        var inCatalogue = corpus.Search(db);
        var compared = 0;
        foreach (var sort in Enum.GetValues<VacancySort>())
        {
            foreach (var c in criteria.Select(c => c with { Sort = sort }))
            {
                var expected = await PagesAsync(inDatabase, c);
                var actual = await PagesAsync(inCatalogue, c);
                Assert.True(expected.SequenceEqual(actual), $"{sort} {Describe(c)}:\n database  {string.Join(" | ", expected)}\n catalogue {string.Join(" | ", actual)}");
                compared += expected.Count;
            }
        }

        Assert.True(compared > 200, $"only {compared} pages compared");
        foreach (var c in criteria)
        {
            var expected = await new VacancyFacetSearch(db, inDatabase, corpus.Clock).CountAsync(c);
            var actual = await new VacancyFacetSearch(db, inCatalogue, corpus.Clock).CountAsync(c);
            Assert.Equal(Describe(expected), Describe(actual));
        }

        foreach (var text in new[] { "салык инсп", "инспк", "адис", "бух", "гидролог" })
        {
            var expected = await new VacancySuggestions(db, inDatabase).SuggestAsync(text, "ru", 8);
            var actual = await new VacancySuggestions(db, inCatalogue).SuggestAsync(text, "ru", 8);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Catalogue_IsReadAgainAfterThisProcessSavesAVacancy(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        var changes = new SearchDataChanges();
        var caches = new SearchCaches(changes, corpus.Clock);
        await using var db = corpus.NewContext();
        var search = new VacancySearch(db, corpus.Clock, caches);
        var before = await search.SearchAsync(new VacancySearchCriteria { Text = "бухгалтер" }, 20, null);

        await using (var hr = corpus.NewContext())
        {
            var draft = await hr.Vacancies.SingleAsync(v => v.Code == "KZ-6");
            draft.Status = VacancyStatus.Published;
            draft.PublishedAt = SearchCorpus.Now;
            draft.Title = new LocalizedText("Башкы бухгалтер", "Главный бухгалтер");
            await hr.SaveChangesAsync();
        }

        var stale = await search.SearchAsync(new VacancySearchCriteria { Text = "бухгалтер" }, 20, null);
        changes.Changed();
        var after = await search.SearchAsync(new VacancySearchCriteria { Text = "бухгалтер" }, 20, null);

        Assert.Equal(["KZ-4"], before.Items.Select(i => i.Vacancy.Code));
        Assert.Equal(["KZ-4"], stale.Items.Select(i => i.Vacancy.Code));
        Assert.Equal(["KZ-4", "KZ-6"], after.Items.Select(i => i.Vacancy.Code).Order());
    }

    /// <summary>Every page of the search, 7 at a time, each as its codes, count and cursor's continuation.</summary>
    private static async Task<List<string>> PagesAsync(VacancySearch search, VacancySearchCriteria criteria)
    {
        var pages = new List<string>();
        string? after = null;
        do
        {
            var page = await search.SearchAsync(criteria, 7, after);
            pages.Add($"{page.TotalCount}{(page.TotalIsExact ? "" : "+")} {string.Join(',', page.Items.Select(i => i.Vacancy.Code))}{(page.HasNextPage ? " …" : "")}");
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null && pages.Count < 50);

        return pages;
    }

    private static string Describe(VacancySearchCriteria c) =>
        $"text={c.Text} bodies={c.StateBodyIds?.Count} regions={string.Join('+', c.RegionCodes ?? [])} groups={string.Join('+', c.Groups ?? [])} "
        + $"from={c.SalaryFrom} bands={string.Join('+', c.SalaryBands ?? [])} windows={string.Join('+', c.DeadlineWindows ?? [])}";

    private static string Describe(VacancyFacets facets) => string.Join(" / ",
        new[] { facets.StateBodies, facets.Regions, facets.Groups, facets.SalaryBands, facets.DeadlineWindows }
            .Select(list => string.Join(',', list.Select(f => $"{f.Value}={f.Count}"))));

    /// <summary>
    /// 121 vacancies of both bodies, some in both regions, with salaries, deadlines and publication moments that tie,
    /// some closed, past their deadline or drafts.
    /// </summary>
    private static async Task<(Guid Finance, Guid Justice)> AddManyAsync(SearchCorpus corpus)
    {
        await using var db = corpus.NewContext();
        var finance = await db.StateBodies.Include(b => b.Offices).SingleAsync(b => b.Id == corpus.Finance.Id);
        var justice = await db.StateBodies.Include(b => b.Offices).SingleAsync(b => b.Id == corpus.Justice.Id);
        var financeInOsh = new Office { Code = "finance-osh", RegionCode = "osh", Name = new("Ош бөлүмү", "Ошский отдел"), Address = new("көч. 2", "ул. 2"), StateBodyId = finance.Id };
        finance.Offices.Add(financeInOsh);
        var random = new Random(24);
        for (var i = 0; i < 120; i++)
        {
            var body = i % 3 == 0 ? justice : finance;
            var title = Titles[random.Next(Titles.Length)].Split('|');
            var duties = Duties[random.Next(Duties.Length)].Split('|');
            var status = i % 17 == 0 ? VacancyStatus.Draft : i % 13 == 0 ? VacancyStatus.Closed : VacancyStatus.Published;
            var vacancy = new Vacancy
            {
                Code = $"KZ-M{random.Next(1000):D3}-{i:D3}",
                StateBodyId = body.Id,
                Group = Enum.GetValues<PositionGroup>()[random.Next(4)],
                Title = new LocalizedText(title[0], title[1]),
                Description = new LocalizedText(duties[0], duties[1]),
                Requirements = new LocalizedText("Жогорку билим.", "Высшее образование."),
                SalaryMin = 10000,
                SalaryMax = new[] { 15000m, 20000m, 35000m, 40000m, 42000m, 60000m, 75000m }[random.Next(7)],
                Status = status,
                PublishedAt = status == VacancyStatus.Draft ? null : SearchCorpus.Now.AddDays(-random.Next(1, 6)),
                Deadline = SearchCorpus.Now.AddDays(new[] { -2, 1, 2, 5, 10, 40 }[random.Next(6)]),
                Offices = body == finance && i % 4 == 1 ? [.. finance.Offices] : [body.Offices[0]],
            };
            db.Vacancies.Add(vacancy);
        }

        // One match in a hundred: kept without a bit per entry.
        db.Vacancies.Add(new Vacancy
        {
            Code = "KZ-M999-999",
            StateBodyId = justice.Id,
            Group = PositionGroup.Main,
            Title = new LocalizedText("Гидролог", "Гидролог"),
            Description = new LocalizedText("Суу ресурстары.", "Водные ресурсы."),
            Requirements = new LocalizedText("Жогорку билим.", "Высшее образование."),
            SalaryMax = 50000,
            Status = VacancyStatus.Published,
            PublishedAt = SearchCorpus.Now.AddDays(-2),
            Deadline = SearchCorpus.Now.AddDays(20),
            Offices = [justice.Offices[0]],
        });
        await db.SaveChangesAsync();
        return (finance.Id, justice.Id);
    }
}
