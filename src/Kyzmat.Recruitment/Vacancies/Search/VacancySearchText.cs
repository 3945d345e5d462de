using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// The stemmed words a vacancy is found by, kept in two columns so that a title word ranks above a word of the
/// duties: each language's text stemmed by its own stemmer, each stem once. The database's full-text index is built
/// over these columns (FTS5, and PostgreSQL's <c>simple</c> configuration beside its Russian and English ones).
/// </summary>
internal static class VacancySearchText
{
    public const int MaxTitleLength = 2000;
    public const int MaxLength = 12000;

    public static string Of(int maxLength, params LocalizedText?[] texts)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var joined = new System.Text.StringBuilder();
        foreach (var text in texts)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var (language, value) in new[] { ("ky", text.Ky), ("ru", text.Ru), ("en", text.En) })
            {
                foreach (var word in SearchWords.Split(value))
                {
                    var stem = SearchWords.Stem(word, language);
                    if (stems.Add(stem) && joined.Length + stem.Length + 1 <= maxLength)
                    {
                        joined.Append(joined.Length == 0 ? "" : " ").Append(stem);
                    }
                }
            }
        }

        return joined.ToString();
    }
}
