using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// The words of a search, each with the stems it may stand for (every stemmer's, and close terms of the index when
/// it has none: a typo). A vacancy matches when it has, for every word, a term that begins with one of its stems.
/// </summary>
public sealed record VacancyTextQuery(IReadOnlyList<VacancyTextQuery.Word> Words)
{
    /// <summary>Longer texts are refused with a clear error rather than searched slowly.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Words past these are ignored: no vacancy has them all, and each costs a join.</summary>
    public const int MaxWords = 8;

    /// <summary>Shorter words (a letter, a digit) only add noise; they are skipped.</summary>
    public const int MinWordLength = 2;

    public sealed record Word(string Text, IReadOnlyList<string> Stems);

    /// <summary>The query in the index's own language where the provider needs one made (PostgreSQL: a tsquery's text); set last.</summary>
    public string? IndexQuery { get; init; }

    /// <summary>Every stem of every word, for highlighting.</summary>
    public IEnumerable<string> AllStems => Words.SelectMany(w => w.Stems).Distinct();

    /// <summary>The words of <paramref name="text"/>; null when it has none (empty, or only punctuation).</summary>
    public static VacancyTextQuery? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            throw new UserInputException(UserErrorCodes.SearchTextTooLong, MaxTextLength);
        }

        var words = SearchWords.Split(text).Where(w => w.Length >= MinWordLength).Distinct().Take(MaxWords)
            .Select(w => new Word(w, SearchWords.QueryStems(w))).ToList();
        return words.Count == 0 ? null : new VacancyTextQuery(words);
    }

    public VacancyTextQuery WithStems(int index, IEnumerable<string> more)
    {
        var words = Words.ToList();
        words[index] = words[index] with { Stems = [.. words[index].Stems.Concat(more).Distinct()] };
        return new VacancyTextQuery(words);
    }
}
