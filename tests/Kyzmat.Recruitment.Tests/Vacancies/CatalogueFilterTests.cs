using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.Recruitment.Tests.Vacancies;

/// <summary>The catalogue's region filter answers alike by bits (up to 64 regions) and by codes (more).</summary>
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
}
