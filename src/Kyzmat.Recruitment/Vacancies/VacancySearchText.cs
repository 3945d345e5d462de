using System.Globalization;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies;

internal static class VacancySearchText
{
    public const int MaxLength = 12000;

    public static string Of(params LocalizedText[] texts)
    {
        var joined = string.Join('\n', texts.SelectMany(t => new[] { t.Ky, t.Ru, t.En }).Where(s => !string.IsNullOrWhiteSpace(s)));
        var normalized = Normalize(joined);
        return normalized.Length <= MaxLength ? normalized : normalized[..MaxLength];
    }

    /// <summary>Lower case by invariant rules (Cyrillic included), ё as е, so that searches match what people type.</summary>
    public static string Normalize(string text) =>
        text.ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е');
}
