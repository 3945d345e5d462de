using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Traits;

namespace Kyzmat.Recruitment.Tests.Vacancies;

public sealed class VacancyFacetTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Facets_OfATextSearch_EqualTheCountsOfTheFilteredSearches(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await using var db = corpus.NewContext();
        var search = corpus.Search(db);
        var criteria = new VacancySearchCriteria { Text = "инспектор", Groups = [PositionGroup.Senior] };

        var facets = await new VacancyFacetSearch(db, search, corpus.Clock).CountAsync(criteria);

        async Task<int> Total(VacancySearchCriteria filtered) => (await search.SearchAsync(filtered, 0, null)).TotalCount;
        Assert.NotEmpty(facets.StateBodies);
        foreach (var body in facets.StateBodies)
        {
            Assert.Equal(await Total(criteria with { StateBodyIds = [Guid.Parse(body.Value)] }), body.Count);
        }

        foreach (var region in facets.Regions)
        {
            Assert.Equal(await Total(criteria with { RegionCodes = [region.Value] }), region.Count);
        }

        // Groups are counted without the group filter: what picking another group would add.
        foreach (var group in facets.Groups)
        {
            Assert.Equal(await Total(criteria with { Groups = [Enum.Parse<PositionGroup>(group.Value)] }), group.Count);
        }

        Assert.Equal(3, facets.Groups.Sum(g => g.Count));
        foreach (var band in facets.SalaryBands)
        {
            Assert.Equal(await Total(criteria with { SalaryBands = [Enum.Parse<SalaryBand>(band.Value)] }), band.Count);
        }

        foreach (var window in facets.DeadlineWindows)
        {
            Assert.Equal(await Total(criteria with { DeadlineWindows = [Enum.Parse<DeadlineWindow>(window.Value)] }), window.Count);
        }
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Facets_WithAStateBodyPicked_CountOtherDimensionsWithinItAndKeepEveryBody(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await using var db = corpus.NewContext();
        var search = corpus.Search(db);
        var facetSearch = new VacancyFacetSearch(db, search, corpus.Clock);

        var all = await facetSearch.CountAsync(new VacancySearchCriteria());
        var justice = await facetSearch.CountAsync(new VacancySearchCriteria { StateBodyIds = [corpus.Justice.Id] });

        Assert.Equal([("Финансы министрлиги", 2), ("Юстиция министрлиги", 3)], all.StateBodies.Select(b => (b.Label!.Ky, b.Count)).Order());
        Assert.Equal(all.StateBodies, justice.StateBodies);
        Assert.Equal([("Main", 1), ("Senior", 3), ("Junior", 1)], all.Groups.Select(g => (g.Value, g.Count)));
        Assert.Equal([("Main", 1), ("Senior", 2)], justice.Groups.Select(g => (g.Value, g.Count)));
        Assert.Equal([("bishkek", 2), ("osh", 3)], all.Regions.Select(r => (r.Value, r.Count)).Order());
        Assert.Equal([("osh", 3)], justice.Regions.Select(r => (r.Value, r.Count)));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Search_SeveralValuesOfOneFilter_FindsVacanciesWithAnyOfThem(DatabaseProvider provider)
    {
        await using var corpus = await SearchCorpus.OpenAsync(provider);
        await using var db = corpus.NewContext();

        var page = await corpus.Search(db).SearchAsync(
            new VacancySearchCriteria { SalaryBands = [SalaryBand.Below20000, SalaryBand.From60000], DeadlineWindows = [DeadlineWindow.Within3Days, DeadlineWindow.Later] }, 20, null);

        Assert.Equal(["KZ-3", "KZ-4"], page.Items.Select(i => i.Vacancy.Code).Order());
    }
}
