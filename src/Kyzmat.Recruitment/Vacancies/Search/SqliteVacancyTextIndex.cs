using System.Text;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// SQLite: the FTS5 table <c>vacancy_fts</c> (kept by triggers from the vacancy's search columns), ranked by bm25 with
/// the title weighing five times the rest; its vocabulary <c>vacancy_fts_terms</c> is the lexicon typos are corrected from.
/// </summary>
internal sealed class SqliteVacancyTextIndex : VacancyTextIndex
{
    public static readonly SqliteVacancyTextIndex Instance = new();

    public override IQueryable<VacancyMatch> Matches(KyzmatDbContext db, VacancyTextQuery query) =>
        db.Database.SqlQueryRaw<VacancyMatch>(
            "SELECT \"VacancyId\", -bm25(vacancy_fts, 0.0, 10.0, 2.0) AS \"Rank\" FROM vacancy_fts WHERE vacancy_fts MATCH {0}",
            MatchExpression(query));

    /// <summary>FTS5's query language: each word a group of quoted prefixes, the groups joined by AND.</summary>
    internal static string MatchExpression(VacancyTextQuery query)
    {
        var text = new StringBuilder();
        foreach (var word in query.Words)
        {
            text.Append(text.Length == 0 ? "(" : " AND (");
            text.AppendJoin(" OR ", word.Stems.Select(s => "\"" + s.Replace("\"", "", StringComparison.Ordinal) + "\"*"));
            text.Append(')');
        }

        return text.ToString();
    }

    protected override async Task<List<string>> StemsBeginningTermsAsync(KyzmatDbContext db, IReadOnlyList<string> stems, CancellationToken cancellationToken)
    {
        var known = new List<string>();
        foreach (var stem in stems)
        {
            if (await db.Database.SqlQueryRaw<string>(
                    "SELECT term AS \"Value\" FROM vacancy_fts_terms WHERE term >= {0} AND term < {1} LIMIT 1", stem, stem + char.MaxValue)
                .AnyAsync(cancellationToken))
            {
                known.Add(stem);
            }
        }

        return known;
    }

    /// <summary>The terms that begin with the stem's first letter: a typo in the first letter is not corrected.</summary>
    protected override Task<List<string>> TermsNearAsync(KyzmatDbContext db, string stem, CancellationToken cancellationToken)
    {
        var from = stem[..1];
        var to = ((char)(stem[0] + 1)).ToString();
        return db.Database.SqlQueryRaw<string>(
                "SELECT term AS \"Value\" FROM vacancy_fts_terms WHERE term >= {0} AND term < {1}", from, to)
            .ToListAsync(cancellationToken);
    }
}
