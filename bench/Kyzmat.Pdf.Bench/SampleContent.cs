using Kyzmat.Recruitment.Applications;

namespace Kyzmat.Pdf.Bench;

/// <summary>A typical application: Kyrgyz, two educations, two posts.</summary>
internal static class SampleContent
{
    public static ApplicationDocumentContent Application() => new(
        "KZ-A-104277", "ky", new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero),
        new ApplicantSnapshot("Жумабаева Гүлнара Төлөгөновна", "12505198800417", new DateOnly(1988, 5, 25), "gulnara@example.kg", "+996700445566", "Ош ш., Курманжан Датка көч., 212"),
        new VacancySnapshot("KZ-2026-0117", "Мамлекеттик сатып алуулар бөлүмүнүн жетектөөчү адиси", "Кыргыз Республикасынын Экономика жана коммерция министрлиги", "Улук"),
        new OfficeSnapshot("Ош облусундагы өкүлчүлүк", "Ош ш., Ленин көч., 221"),
        [
            new EducationSnapshot("Ош мамлекеттик университети", "Финансы жана кредит", "Экономист", new(2005, 9, 1), new(2010, 6, 30)),
            new EducationSnapshot("Кыргыз Республикасынын Президентине караштуу Мамлекеттик башкаруу академиясы", "Мамлекеттик башкаруу", "Магистр", new(2014, 9, 1), new(2016, 6, 30)),
        ],
        [
            new WorkSnapshot("Ош шаардык мэриясы", "Адис", new(2010, 8, 2), new(2016, 12, 30)),
            new WorkSnapshot("Ош облустук казыналык бөлүмү", "Башкы адис", new(2017, 1, 16), null),
        ]);

    /// <summary>As little as the renderer allows: short names, no education, no posts.</summary>
    public static ApplicationDocumentContent OneLine() => new(
        "A", "ky", new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero),
        new ApplicantSnapshot("А", "1", new DateOnly(1990, 1, 1), "a@b.kg", "", ""),
        new VacancySnapshot("V", "В", "О", "Б"),
        new OfficeSnapshot("К", ""),
        [],
        []);
}
