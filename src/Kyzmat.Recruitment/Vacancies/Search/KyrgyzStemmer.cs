namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// A light suffix-stripping stemmer for Kyrgyz (decision 0014). Kyrgyz is agglutinative: a word is a stem followed by
/// derivational, plural, possessive and case suffixes, each in the variants vowel harmony and the preceding sound
/// choose. Stripping them from the end, longest first, brings «инспекторлордун», «инспекторго» and «инспектор» to one
/// stem, and «финансылык» to «финанс». It is applied to Kyrgyz text when indexing and to every query word.
/// </summary>
public static class KyrgyzStemmer
{
    /// <summary>Suffixes of at least two letters; the stem left must keep three letters.</summary>
    private static readonly string[] Suffixes = [.. new[]
    {
        // derivational: -чылык (occupation, abstract), -лык (quality, «финансылык»), -чы (agent, «салыкчы»)
        "чылык", "чилик", "чулук", "чүлүк",
        "лык", "лик", "лук", "лүк", "дык", "дик", "дук", "дүк", "тык", "тик", "тук", "түк",
        "чы", "чи", "чу", "чү",
        // plural (not -дор/-дөр/-тор/-төр: rare here, while -тор ends many borrowed titles: инспектор, директор, сектор)
        "лар", "лер", "лор", "лөр", "дар", "дер", "тар", "тер",
        // possessive (1st, 2nd person; 3rd after a vowel)
        "ыбыз", "ибиз", "убуз", "үбүз", "ыңыз", "иңиз", "уңуз", "үңүз",
        "ым", "им", "ум", "үм", "ың", "иң", "уң", "үң", "сы", "си", "су", "сү",
        // genitive
        "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
        // dative
        "га", "ге", "го", "гө", "ка", "ке", "ко", "кө", "на", "не", "но", "нө",
        // accusative
        "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү",
        // locative
        "нда", "нде", "ндо", "ндө", "да", "де", "до", "дө", "та", "те", "то", "тө",
        // ablative
        "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн",
    }.Distinct().OrderByDescending(s => s.Length)];

    /// <summary>The 3rd-person possessive / accusative after a consonant: one vowel, stripped only from a long word.</summary>
    private static readonly char[] SingleVowels = ['ы', 'и', 'у', 'ү'];

    /// <summary>Suffixes beginning so follow a vowel only (-сы, -нын, -на, -нда, -нан, -ны): «финансы» keeps its с.</summary>
    private static readonly char[] AfterVowelOnly = ['с', 'н'];

    private const int MinStem = 3;
    private const int MaxSteps = 4;

    /// <summary>The stem of a lower-case word; the word itself when nothing can be stripped.</summary>
    public static string Stem(string word)
    {
        var stem = word;
        for (var step = 0; step < MaxSteps; step++)
        {
            var stripped = StripOnce(stem);
            if (stripped == stem)
            {
                break;
            }

            stem = stripped;
        }

        return Devoice(stem);
    }

    private static string StripOnce(string word)
    {
        foreach (var suffix in Suffixes)
        {
            var rest = word.Length - suffix.Length;
            if (rest >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal) && HasVowel(word.AsSpan(0, rest))
                && (!AfterVowelOnly.Contains(suffix[0]) || IsVowel(word[rest - 1])))
            {
                return word[..^suffix.Length];
            }
        }

        return word.Length > MinStem + 1 && SingleVowels.Contains(word[^1]) && !IsVowel(word[^2]) ? word[..^1] : word;
    }

    /// <summary>A stem-final к/п voices before a vowel (салык → салыгы): the stem is kept in its unvoiced form.</summary>
    private static string Devoice(string stem) => stem.Length > MinStem && stem[^1] is 'г' or 'б' && !IsVowel(stem[^2])
        ? stem
        : stem.Length > MinStem && stem[^1] == 'г' ? stem[..^1] + 'к'
        : stem.Length > MinStem && stem[^1] == 'б' ? stem[..^1] + 'п'
        : stem;

    private static bool HasVowel(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsVowel(char c) => "аеёиоуыэюяөүaeiouy".Contains(c);
}
