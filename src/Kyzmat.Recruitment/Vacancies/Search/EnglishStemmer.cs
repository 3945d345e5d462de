namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>A minimal English stemmer (plural -s/-es/-ies, -ing, -ed): «inspectors» meets «inspector».</summary>
public static class EnglishStemmer
{
    private const int MinStem = 3;

    public static string Stem(string word) => word switch
    {
        _ when word.Length - 3 >= MinStem && word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        _ when word.Length - 3 >= MinStem && word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        _ when word.Length - 2 >= MinStem && word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        _ when word.Length - 2 >= MinStem && (word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)) => word[..^2],
        _ when word.Length - 1 >= MinStem && word[^1] == 's' && word[^2] != 's' => word[..^1],
        _ => word,
    };
}
