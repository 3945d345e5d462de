namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// A light Russian stemmer: strips one inflectional ending (and the adjectival -ов-/-ск- before it) so that
/// «инспектора», «инспекторов» and «инспектор» meet, and «финансового» meets «финансы». PostgreSQL also indexes Russian
/// with its own Snowball dictionary; this one serves SQLite, the typo lexicon and the suggestions (decision 0014).
/// </summary>
public static class RussianStemmer
{
    private static readonly string[] Endings = [.. new[]
    {
        "ового", "овому", "овыми", "овая", "овое", "овые", "овой", "овую", "овых", "овым", "овый",
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
        "ых", "их", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям",
        "ах", "ях", "ов", "ев", "ию", "ия", "ии",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    }.Distinct().OrderByDescending(s => s.Length)];

    private const int MinStem = 4;

    public static string Stem(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
