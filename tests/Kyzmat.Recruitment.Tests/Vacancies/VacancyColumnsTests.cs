using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Testing.Traits;

namespace Kyzmat.Recruitment.Tests.Vacancies;

public sealed class VacancyColumnsTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_CardColumns_GivesTheSamePageWithTheCardsFieldsAndNoLongTexts(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await using var db = corpus.NewContext();
        var search = corpus.Search(db);

        foreach (var criteria in new[] { new VacancySearchCriteria(), new VacancySearchCriteria { Text = "инспектор" } })
        {
            var all = await search.SearchAsync(criteria, 3, null, VacancyColumns.All);
            var cards = await search.SearchAsync(criteria, 3, null, VacancyColumns.Card);
            var next = await search.SearchAsync(criteria, 3, cards.Items[^1].Cursor, VacancyColumns.Card);

            Assert.Equal(all.Items.Select(i => i.Cursor), cards.Items.Select(i => i.Cursor));
            Assert.Equal(
                all.Items.Select(i => (i.Vacancy.Id, i.Vacancy.Code, i.Vacancy.Title, i.Vacancy.Description, i.Vacancy.SalaryMax, i.Vacancy.Deadline, i.Vacancy.StateBodyId)),
                cards.Items.Select(i => (i.Vacancy.Id, i.Vacancy.Code, i.Vacancy.Title, i.Vacancy.Description, i.Vacancy.SalaryMax, i.Vacancy.Deadline, i.Vacancy.StateBodyId)));
            Assert.All(all.Items, i => Assert.False(i.Vacancy.Requirements.IsEmpty));
            Assert.All(cards.Items, i => Assert.True(i.Vacancy.Requirements.IsEmpty));
            Assert.DoesNotContain(next.Items, n => cards.Items.Any(c => c.Vacancy.Id == n.Vacancy.Id));
        }
    }
}
