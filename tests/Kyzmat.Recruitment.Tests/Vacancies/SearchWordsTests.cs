using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.Recruitment.Tests.Vacancies;

public sealed class SearchWordsTests
{
    /// <summary>Kyrgyz forms and their stem: plural, genitive, dative, locative, ablative, possessive, -лык, -чы, к/г.</summary>
    [Theory]
    [InlineData("инспекторлор", "инспектор")]
    [InlineData("инспекторлордун", "инспектор")]
    [InlineData("инспекторго", "инспектор")]
    [InlineData("инспектору", "инспектор")]
    [InlineData("финансылык", "финанс")]
    [InlineData("финансы", "финанс")]
    [InlineData("салыктын", "салык")]
    [InlineData("салыгы", "салык")]
    [InlineData("салыкчы", "салык")]
    [InlineData("бөлүмүндө", "бөл")]
    [InlineData("бөлүмдөн", "бөл")]
    [InlineData("мекемелерди", "мекеме")]
    [InlineData("иш", "иш")]
    public void KyrgyzStem_OfAForm_IsTheWordsStem(string word, string stem) =>
        Assert.Equal(stem, KyrgyzStemmer.Stem(word));

    [Theory]
    [InlineData("инспектора", "инспектор")]
    [InlineData("инспекторами", "инспектор")]
    [InlineData("налоговый", "налог")]
    [InlineData("финансового", "финанс")]
    [InlineData("финансы", "финанс")]
    [InlineData("юристы", "юрист")]
    public void RussianStem_OfAForm_IsTheWordsStem(string word, string stem) =>
        Assert.Equal(stem, RussianStemmer.Stem(word));

    [Fact]
    public void Split_MixedText_GivesLowerCaseWordsWithYoAsYe() =>
        Assert.Equal(["учет", "2026", "ңөү"], SearchWords.Split("Учёт, 2026 — ҢӨҮ!"));

    [Fact]
    public void Snippet_AroundAMatchedWordForm_MarksIt()
    {
        var fragments = VacancySnippet.Of("Бюджетти талдоо. Инспекторлор менен иштөө.", ["инспектор"]);

        Assert.Equal("Инспекторлор", Assert.Single(fragments, f => f.Matched).Text);
        Assert.Equal("Бюджетти талдоо. Инспекторлор менен иштөө.", string.Concat(fragments.Select(f => f.Text)));
    }

    [Theory]
    [InlineData("инспектр", "инспектор", 1)]
    [InlineData("инсептор", "инспектор", 2)]
    [InlineData("салк", "салык", 1)]
    public void EditDistance_Between_CountsTypos(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));
}
