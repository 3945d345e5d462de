using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Profiles;

/// <summary>What a profile lacks, named as the cabinet names it, in the three languages.</summary>
public static class MissingItemLabels
{
    private static readonly Dictionary<string, LocalizedText> Labels = new(StringComparer.Ordinal)
    {
        [MissingItems.BasicInformation] = new("негизги маалымат", "основные сведения", "basic information"),
        [MissingItems.Sex] = new("жынысы", "пол", "sex"),
        [MissingItems.Citizenship] = new("жарандыгы", "гражданство", "citizenship"),
        [MissingItems.Phone] = new("телефон", "телефон", "phone"),
        [MissingItems.Region] = new("аймак", "регион", "region"),
        [MissingItems.Address] = new("дарек", "адрес", "address"),
        [MissingItems.MaritalStatus] = new("үй-бүлөлүк абалы", "семейное положение", "marital status"),
        [MissingItems.StateLanguage] = new("мамлекеттик тилди билүү деңгээли", "уровень владения государственным языком", "state-language level"),
        [MissingItems.Education] = new("билими", "образование", "education"),
        [MissingItems.EducationDocument] = new("билим тууралуу документ", "документ об образовании", "education document"),
        [MissingItems.WorkExperience] = new("жумуш тажырыйбасы", "опыт работы", "work experience"),
        [MissingItems.WorkExperienceDocument] = new("жумуш тажырыйбасы тууралуу документ", "документ об опыте работы", "work experience document"),
    };

    /// <summary>The items as one comma-separated text per language.</summary>
    public static LocalizedText Join(IEnumerable<string> items)
    {
        var labels = items.Select(i => Labels.TryGetValue(i, out var label) ? label : new LocalizedText(i, i, i)).ToList();
        return new LocalizedText(
            string.Join(", ", labels.Select(l => l.Ky)),
            string.Join(", ", labels.Select(l => l.Ru)),
            string.Join(", ", labels.Select(l => l.In("en"))));
    }
}
