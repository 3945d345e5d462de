using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.Recruitment.Tests.Vacancies;

/// <summary>The catalogue's filters: regions alike by bits and by codes, undefined values matching nothing, alerts left to the database.</summary>
public sealed class CatalogueFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(new[] { "osh" }, true)]
    [InlineData(new[] { "chui", "osh" }, true)]
    [InlineData(new[] { "chui" }, false)]
    [InlineData(new[] { "nowhere" }, false)]
    public void RegionFilter_ByBitsAndByCodes_Agree(string[] regions, bool expected)
    {
        var bits = new Dictionary<string, int>(StringComparer.Ordinal) { ["bishkek"] = 0, ["chui"] = 1, ["osh"] = 2 };
        var entry = new CatalogueEntry(0, Guid.NewGuid(), "KZ-1", Guid.NewGuid(), PositionGroup.Senior, 40000, Now.AddDays(5).UtcTicks, Now.UtcTicks,
            RegionMask: (1UL << 0) | (1UL << 2), RegionCodes: ["bishkek", "osh"], OfficeIds: []);
        var criteria = new VacancySearchCriteria { RegionCodes = regions };

        Assert.Equal(expected, new CatalogueFilter(criteria, Now, bits).Passes(in entry));
        Assert.Equal(expected, new CatalogueFilter(criteria, Now, regionBits: null).Passes(in entry));
    }

    [Theory]
    [InlineData(35)]
    [InlineData(33)]
    [InlineData(-1)]
    public void AnUndefinedGroupSentByAClient_MatchesNothing_AsInSql(int group)
    {
        var entry = new CatalogueEntry(0, Guid.NewGuid(), "KZ-1", Guid.NewGuid(), PositionGroup.Senior, 40000, Now.AddDays(5).UtcTicks, Now.UtcTicks, 0, [], []);

        Assert.False(new CatalogueFilter(new VacancySearchCriteria { Groups = [(PositionGroup)group] }, Now).Passes(in entry));
        Assert.True(new CatalogueFilter(new VacancySearchCriteria { Groups = [(PositionGroup)group, PositionGroup.Senior] }, Now).Passes(in entry));
    }

    [Fact]
    public void SavedSearchAlerts_AndHrListsByStatus_AreLeftToTheDatabase()
    {
        Assert.True(CatalogueFilter.Answers(new VacancySearchCriteria { Text = "салык" }));
        Assert.False(CatalogueFilter.Answers(new VacancySearchCriteria { PublishedAfter = Now.AddHours(-1), PublishedUntil = Now }));
        Assert.False(CatalogueFilter.Answers(new VacancySearchCriteria { Statuses = [VacancyStatus.Draft] }));
    }
}
