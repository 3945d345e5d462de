using System.Diagnostics;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;

namespace Kyzmat.Recruitment.Tests.Vacancies;

/// <summary>The vacancy search's text on each database (decision 0014): word forms, typos, relevance, hostile input.</summary>
public sealed class VacancyTextSearchTests
{
    /// <summary>
    /// A query word in one form finds the vacancy that has it in another. Kyrgyz: the derivational -лык
    /// («финансылык» ~ «Финансылык», «финанс»), the plural -лор («инспекторлор» ~ «инспектору»), the genitive -тын with
    /// к/г («салыктын» ~ «Салык»). Russian: case and plural endings («налоговые инспекторы» ~ «Налоговый инспектор»,
    /// «финансовый» ~ «финансового», «юристы» ~ «Юрист»).
    /// </summary>
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite, "финансылык", "KZ-2")]
    [InlineData(DatabaseProvider.Sqlite, "финанс", "KZ-2")]
    [InlineData(DatabaseProvider.Sqlite, "салыктын инспекторлору", "KZ-1")]
    [InlineData(DatabaseProvider.Sqlite, "налоговые инспекторы", "KZ-1")]
    [InlineData(DatabaseProvider.Sqlite, "финансовый", "KZ-2")]
    [InlineData(DatabaseProvider.Sqlite, "юристы", "KZ-3")]
    [InlineData(DatabaseProvider.PostgreSql, "финансылык", "KZ-2")]
    [InlineData(DatabaseProvider.PostgreSql, "финанс", "KZ-2")]
    [InlineData(DatabaseProvider.PostgreSql, "салыктын инспекторлору", "KZ-1")]
    [InlineData(DatabaseProvider.PostgreSql, "налоговые инспекторы", "KZ-1")]
    [InlineData(DatabaseProvider.PostgreSql, "финансовый", "KZ-2")]
    [InlineData(DatabaseProvider.PostgreSql, "юристы", "KZ-3")]
    public async Task Search_WordInAnotherForm_FindsTheVacancyFirst(DatabaseProvider provider, string text, string expected)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);

        var codes = await corpus.CodesAsync(text);

        Assert.Equal(expected, codes.FirstOrDefault());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_InspectorsInKyrgyzPlural_FindsEveryInspectorAndNoDraft(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);

        var codes = await corpus.CodesAsync("инспекторлор");

        Assert.Equal(["KZ-1", "KZ-3", "KZ-5"], codes.Order());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite, "инспектр", "KZ-1")]
    [InlineData(DatabaseProvider.Sqlite, "бухгалтр", "KZ-4")]
    [InlineData(DatabaseProvider.Sqlite, "салк инспекторлор", "KZ-1")]
    [InlineData(DatabaseProvider.Sqlite, "налоговй", "KZ-1")]
    [InlineData(DatabaseProvider.PostgreSql, "инспектр", "KZ-1")]
    [InlineData(DatabaseProvider.PostgreSql, "бухгалтр", "KZ-4")]
    [InlineData(DatabaseProvider.PostgreSql, "салк инспекторлор", "KZ-1")]
    [InlineData(DatabaseProvider.PostgreSql, "налоговй", "KZ-1")]
    public async Task Search_MisspeltWord_FindsTheVacancy(DatabaseProvider provider, string text, string expected)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);

        var codes = await corpus.CodesAsync(text);

        Assert.Contains(expected, codes);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_WordInOneTitleAndOtherDuties_RanksTheTitleFirst(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);

        var codes = await corpus.CodesAsync("инспектор");

        Assert.Equal(3, codes.Count);
        Assert.Equal("KZ-3", codes[^1]);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_WordManyTimesInDuties_StillRanksBelowEveryTitleMatch(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await corpus.AddAsync([("KZ-7", new("Адис", "Специалист"), new(
            "Инспектор менен иштейт, инспекторлорду текшерет, инспектордун отчетун карайт, инспекторго жардам берет.",
            "Работает с инспектором, проверяет инспекторов, рассматривает отчёт инспектора, помогает инспектору."))]);

        var codes = await corpus.CodesAsync("инспектор");

        Assert.Equal(["KZ-1", "KZ-5"], codes.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(["KZ-3", "KZ-7"], codes.Skip(2).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_MoreThanAThousandMatches_CountsTextUpToAThousandAndSaysSo(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await corpus.AddAsync(Enumerable.Range(0, VacancySearch.TextCountBound + 1).Select(i =>
            ($"KZ-M{i:D4}", new LocalizedText($"Аудитор {i}", $"Аудитор {i}"), new LocalizedText("Ички аудит.", "Внутренний аудит."))));
        await using var db = corpus.NewContext();
        var search = corpus.Search(db);

        var text = await search.SearchAsync(new VacancySearchCriteria { Text = "аудитор" }, 20, null);
        var all = await search.SearchAsync(new VacancySearchCriteria(), 20, null);

        Assert.Equal(VacancySearch.TextCountBound, text.TotalCount);
        Assert.False(text.TotalIsExact);
        Assert.True(text.HasNextPage);
        Assert.Equal(20, text.Items.Count);
        Assert.Equal(VacancySearch.TextCountBound + 1 + 5, all.TotalCount);
        Assert.True(all.TotalIsExact);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_ByRelevanceInPagesOfOne_ReturnsEveryMatchOnce(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await using var db = corpus.NewContext();
        var search = corpus.Search(db);
        var criteria = new VacancySearchCriteria { Text = "инспектор" };

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await search.SearchAsync(criteria, 1, after);
            seen.AddRange(page.Items.Select(i => i.Vacancy.Code));
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        Assert.Equal(await corpus.CodesAsync("инспектор"), seen);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_StateBodyNameWord_FindsItsVacancies(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);

        var codes = await corpus.CodesAsync("юстиция");

        Assert.Equal(["KZ-3", "KZ-4", "KZ-5"], codes.Order());
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_HostileText_IsAnsweredQuicklyAndClearly(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        var watch = Stopwatch.StartNew();

        var punctuation = await corpus.CodesAsync("!!! ??? ... «» — \"\" ** () :* & | ! <->");
        var sqlish = await corpus.CodesAsync("'; DROP TABLE vacancies; -- \" OR 1=1 NEAR(a b) финанс*");
        var ftsSyntax = await corpus.CodesAsync("\"инспектор\"* ^ :инспектор");
        var fiveHundredWords = await Assert.ThrowsAsync<UserInputException>(() => corpus.CodesAsync(string.Join(' ', Enumerable.Repeat("инспектор", 500))));
        var tenKilobytes = await Assert.ThrowsAsync<UserInputException>(() => corpus.CodesAsync(new string('ы', 10_240)));
        var elapsed = watch.Elapsed;

        Assert.Equal(5, punctuation.Count);
        Assert.Empty(sqlish);
        Assert.Equal(["KZ-1", "KZ-3", "KZ-5"], ftsSyntax.Order());
        Assert.Equal(UserErrorCodes.SearchTextTooLong, fiveHundredWords.Code);
        Assert.Equal(UserErrorCodes.SearchTextTooLong, tenKilobytes.Code);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"took {elapsed}");
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_AfterTitleIsEdited_FindsTheNewWordsOnly(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await using (var db = corpus.NewContext())
        {
            var vacancy = db.Vacancies.Single(v => v.Code == "KZ-5");
            vacancy.Title = new("Экономист", "Экономист");
            await db.SaveChangesAsync();
        }

        Assert.Equal(["KZ-5"], await corpus.CodesAsync("экономист"));
        Assert.DoesNotContain("KZ-5", await corpus.CodesAsync("инспектор"));
    }
}
