using System.Globalization;
using System.Text;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>Splits text into the lower-case words search compares (letters and digits; ё as е), each stemmed by language.</summary>
public static class SearchWords
{
    /// <summary>Longer "words" are not words (a pasted hash, a run of letters); they are cut.</summary>
    public const int MaxWordLength = 40;

    public static IEnumerable<string> Split(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length < MaxWordLength)
                {
                    word.Append(c == 'ё' || c == 'Ё' ? 'е' : char.ToLower(c, CultureInfo.InvariantCulture));
                }
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    public static string Stem(string word, string language) => language switch
    {
        "ky" => KyrgyzStemmer.Stem(word),
        "ru" => RussianStemmer.Stem(word),
        _ => EnglishStemmer.Stem(word),
    };

    /// <summary>The stems a query word may stand for: the language of a query is not known, so every stemmer is asked.</summary>
    public static IReadOnlyList<string> QueryStems(string word) =>
        [.. new[] { KyrgyzStemmer.Stem(word), RussianStemmer.Stem(word), EnglishStemmer.Stem(word) }.Distinct()];
}
