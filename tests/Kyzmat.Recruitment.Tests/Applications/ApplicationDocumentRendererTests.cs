using Kyzmat.Recruitment.Applications;

namespace Kyzmat.Recruitment.Tests.Applications;

public sealed class ApplicationDocumentRendererTests
{
    public static ApplicationDocumentContent Content(string language) => new(
        "KZ-A-000042",
        language,
        new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero),
        new ApplicantSnapshot("Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", new DateOnly(1990, 3, 24), "aigul@example.kg", "+996555123456", "Нарын ш., Ленин көч., 5"),
        new VacancySnapshot("KZ-2026-0002", "Бюджеттик саясат башкармалыгынын башчысы", "Кыргыз Республикасынын Финансы министрлиги", "Башкы"),
        new OfficeSnapshot("Борбордук аппарат", "Бишкек ш., Эркиндик бул., 58"),
        [new EducationSnapshot("Кыргыз улуттук университети", "Экономика", "Экономист", new(2007, 9, 1), new(2012, 6, 30))],
        [new WorkSnapshot("Нарын облустук администрациясы", "Башкы адис", new(2013, 1, 10), null)]);

    [Fact]
    public async Task Render_InKyrgyz_ShowsKyrgyzLettersNamesAndConsents()
    {
        var pdf = ApplicationDocumentRenderer.Render(Content("ky"));

        var text = await PdfText.ExtractAsync(pdf);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains("АРЫЗ", text, StringComparison.Ordinal);
        Assert.Contains("Өмүрбекова Айгүл Ыңгайбековна", text, StringComparison.Ordinal);
        Assert.Contains("Бюджеттик саясат", text, StringComparison.Ordinal);
        Assert.Contains("KZ-A-000042", text, StringComparison.Ordinal);
        Assert.Contains("Жеке мүнөздөгү маалымат", text, StringComparison.Ordinal);
        Assert.Contains("азыркы учурга чейин", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_InRussian_UsesRussianWording()
    {
        var text = await PdfText.ExtractAsync(ApplicationDocumentRenderer.Render(Content("ru")));

        Assert.Contains("ЗАЯВЛЕНИЕ", text, StringComparison.Ordinal);
        Assert.Contains("Прошу допустить меня", text, StringComparison.Ordinal);
        Assert.Contains("Об информации персонального характера", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_InEnglish_UsesEnglishWording_NotKyrgyz()
    {
        var text = await PdfText.ExtractAsync(ApplicationDocumentRenderer.Render(Content("en")));

        Assert.Contains("APPLICATION", text, StringComparison.Ordinal);
        Assert.Contains("ask to be admitted to the competition", text, StringComparison.Ordinal);
        Assert.Contains("Work experience", text, StringComparison.Ordinal);
        Assert.DoesNotContain("АРЫЗ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Макулдуктар", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesInTheRegionsOtherAlphabets_PrintWithTheCutDownFonts()
    {
        // Kazakh and Tatar Cyrillic, Uzbek and Turkish Latin, a French accent, the numero sign and a dash.
        const string Name = "Әбдіғұлқызы Һөрмәт Şükrü-Oʻgʻli Gérard № 5 — «Ёлка»";
        var content = Content("ky") with { Applicant = Content("ky").Applicant with { FullName = Name } };

        var text = await PdfText.ExtractAsync(ApplicationDocumentRenderer.Render(content));

        Assert.Contains(Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void LettersDrawnFromOtherGlyphs_KeepEveryPart_InTheDocumentAndItsSignatureStamp()
    {
        // The bold title's Ы is Ь + І, and І is itself drawn from I: a subset that kept only the first level printed
        // «АРЬ З». Ё, Й, Ї, Ӧ and their kind are composites of composites too.
        const string Name = "Ёлкина Йылдыз Їжакова Ӧмүр Ӱңкүр";
        var content = Content("ky") with { Applicant = Content("ky").Applicant with { FullName = Name } };
        var pdf = ApplicationDocumentRenderer.Render(content);
        var signed = Kyzmat.Recruitment.Signatures.SignatureStamp.Apply(pdf, "ky", Name, "22403199012345", content.CreatedAt, new string('0', 64));

        Assert.Empty(EmbeddedFonts.CompositesWithMissingParts(pdf));
        Assert.Empty(EmbeddedFonts.CompositesWithMissingParts(signed));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task TheWordingShownOnScreen_IsWhatThePdfPrints(string language)
    {
        var content = Content(language);
        var wording = ApplicationDocumentWording.Of(content);

        var text = Flatten(await PdfText.ExtractAsync(ApplicationDocumentRenderer.Render(content)));

        Assert.Equal(language, wording.Language);
        string[] sentences = [wording.Addressee, wording.Title, wording.Request, .. wording.Education, .. wording.Work, .. wording.Consents, wording.Date];
        foreach (var sentence in sentences)
        {
            Assert.Contains(Flatten(sentence), text, StringComparison.Ordinal);
        }
    }

    /// <summary>The PDF wraps long lines: compare with all whitespace taken out.</summary>
    private static string Flatten(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
