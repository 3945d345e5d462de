using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.Recruitment.Tests.Vacancies;

/// <summary>When a text's matches are read into the catalogue: at once in a small one, at the second asking in a large one.</summary>
public sealed class CatalogueMatchesTests
{
    [Theory]
    [InlineData(100, 1)]
    [InlineData(OpenVacancyCatalogue.MaxMatches + 1, 2)]
    public async Task Matches_AreReadAtTheFirstAskingInASmallCatalogue_AndAtTheSecondInALargeOne(int vacancies, int askedWhenRead)
    {
        var entries = Enumerable.Range(0, vacancies)
            .Select(i => new CatalogueEntry(i, Guid.NewGuid(), $"KZ-{i:D6}", Guid.Empty, PositionGroup.Senior, 40000, 0, 0, 0, [], []))
            .ToArray();
        var catalogue = OpenVacancyCatalogue.Of(entries, regionBits: null, version: 0, DateTimeOffset.UnixEpoch);
        var reads = 0;
        Task<List<VacancyMatch>> Read(int take)
        {
            reads++;
            return Task.FromResult(new List<VacancyMatch> { new() { VacancyId = entries[7].Id, Rank = 1.5 } });
        }

        var answers = new List<TextMatches?>();
        for (var asked = 1; asked <= 3; asked++)
        {
            answers.Add(await catalogue.MatchesAsync("салык", Read));
        }

        Assert.Equal(1, reads);
        Assert.All(answers.Take(askedWhenRead - 1), Assert.Null);
        Assert.All(answers.Skip(askedWhenRead - 1), a => Assert.Equal([7], a!.Positions));
    }
}
