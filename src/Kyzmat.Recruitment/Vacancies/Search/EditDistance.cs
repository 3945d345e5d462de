namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbours is one typo.</summary>
public static class EditDistance
{
    /// <summary>How many typos a word of this length may carry and still be recognised.</summary>
    public static int Allowed(int length) => length switch
    {
        < 4 => 0,
        < 7 => 1,
        _ => 2,
    };

    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
