using Kyzmat.Recruitment.Applications;

namespace Kyzmat.Pdf.Bench;

/// <summary>An application as the bench's citizens file it: Kyrgyz, one education, one post.</summary>
internal static class SampleContent
{
    public static ApplicationDocumentContent Application() => new(
        "KZ-A-000042",
        "ky",
        new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero),
        new ApplicantSnapshot("Өмүрбекова Айгүл Ыңгайбековна", "22403199012345", new DateOnly(1990, 3, 24), "aigul@example.kg", "+996555123456", "Нарын ш., Ленин көч., 5"),
        new VacancySnapshot("KZ-2026-0002", "Бюджеттик саясат башкармалыгынын башчысы", "Кыргыз Республикасынын Финансы министрлиги", "Башкы"),
        new OfficeSnapshot("Борбордук аппарат", "Бишкек ш., Эркиндик бул., 58"),
        [new EducationSnapshot("Кыргыз улуттук университети", "Экономика", "Экономист", new(2007, 9, 1), new(2012, 6, 30))],
        [new WorkSnapshot("Нарын облустук администрациясы", "Башкы адис", new(2013, 1, 10), null)]);

    /// <summary>As little as the renderer allows: short names, no education, no posts.</summary>
    public static ApplicationDocumentContent OneLine() => new(
        "A", "ky", new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero),
        new ApplicantSnapshot("А", "1", new DateOnly(1990, 1, 1), "a@b.kg", "", ""),
        new VacancySnapshot("V", "В", "О", "Б"),
        new OfficeSnapshot("К", ""),
        [],
        []);
}
