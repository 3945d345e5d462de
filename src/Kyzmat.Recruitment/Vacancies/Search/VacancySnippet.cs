using System.Text.RegularExpressions;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// A short passage of a text around the first word the search matched, cut into fragments with the matched words
/// marked. Built here, not by the database, so that it is the same on every provider and costs nothing per row
/// that is not on the page.
/// </summary>
public static partial class VacancySnippet
{
    public const int DefaultLength = 200;

    /// <summary>Characters shown before the first match, so that it is read in its context.</summary>
    private const int Lead = 40;

    public static IReadOnlyList<TextFragment> Of(string text, IEnumerable<string> stems, int length = DefaultLength)
    {
        var wanted = stems.ToList();
        var words = Word().Matches(text);
        var first = words.FirstOrDefault(w => Matches(w.Value, wanted));
        var start = first is null || first.Index <= Lead ? 0 : StartOfWordBefore(text, first.Index - Lead);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && text.LastIndexOf(' ', end) is var space && space > start)
        {
            end = space;
        }

        var fragments = new List<TextFragment>();
        var at = start;
        foreach (var word in words.Where(w => w.Index >= start && w.Index + w.Length <= end && Matches(w.Value, wanted)))
        {
            if (word.Index > at)
            {
                fragments.Add(new TextFragment(text[at..word.Index], false));
            }

            fragments.Add(new TextFragment(word.Value, true));
            at = word.Index + word.Length;
        }

        if (end > at)
        {
            fragments.Add(new TextFragment(text[at..end], false));
        }

        if (start > 0)
        {
            fragments.Insert(0, new TextFragment("…", false));
        }

        if (end < text.Length)
        {
            fragments.Add(new TextFragment("…", false));
        }

        return fragments;
    }

    private static bool Matches(string word, List<string> stems)
    {
        var normalized = SearchWords.Split(word).FirstOrDefault();
        if (normalized is null || stems.Count == 0)
        {
            return false;
        }

        // Every form of a word begins with its first letter (stemmers cut endings): most words of a text are told
        // apart here without being stemmed by all three stemmers.
        if (!stems.Exists(s => s.Length == 0 || s[0] == normalized[0]))
        {
            return false;
        }

        var forms = SearchWords.QueryStems(normalized).Append(normalized);
        return forms.Any(f => stems.Any(s => f.StartsWith(s, StringComparison.Ordinal)));
    }

    private static int StartOfWordBefore(string text, int index)
    {
        var space = text.LastIndexOf(' ', index);
        return space < 0 ? 0 : space + 1;
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}
