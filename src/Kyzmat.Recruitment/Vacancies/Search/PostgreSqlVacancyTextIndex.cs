using System.Text;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// PostgreSQL: the generated, GIN-indexed <c>"SearchVector"</c> (the stemmed search columns under <c>simple</c>, the
/// Russian and English texts under <c>russian</c> and <c>english</c>; the title weighted A, the rest B), ranked by
/// ts_rank; the lexicon <c>vacancy_search_terms</c> (kept by a trigger, trigram-indexed) is where typos are corrected
/// from. Both are made by the migration's hand-written steps.
/// </summary>
internal sealed class PostgreSqlVacancyTextIndex : VacancyTextIndex
{
    public static readonly PostgreSqlVacancyTextIndex Instance = new();

    public override IQueryable<VacancyMatch> Matches(KyzmatDbContext db, VacancyTextQuery query)
    {
        var (condition, parameters) = TsQuery(query);
#pragma warning disable EF1003 // Only the query's structure is concatenated; every value is a parameter.
        return db.Database.SqlQueryRaw<VacancyMatch>(
            "SELECT v.\"Id\" AS \"VacancyId\", ts_rank(v.\"SearchVector\", q.q)::float8 AS \"Rank\" " +
            $"FROM vacancies v, (SELECT {condition} AS q) q WHERE v.\"SearchVector\" @@ q.q",
            parameters);
#pragma warning restore EF1003
    }

    /// <summary>
    /// On the vacancy's own row: the text condition beside the filters, one scan through the GIN index (a join back to
    /// the matches' ids made PostgreSQL read the whole table a second time; decision 0014).
    /// </summary>
    public override IQueryable<RankedVacancy> Ranked(KyzmatDbContext db, IQueryable<Vacancy> filtered, VacancyTextQuery query)
    {
        var tsQuery = query.IndexQuery ?? throw new InvalidOperationException("The text query was not prepared for PostgreSQL.");
        return filtered.Where(v => PostgreSqlSearchFunctions.Matches(v.Id, tsQuery))
            .Select(v => new RankedVacancy
            {
                Vacancy = v,
                Rank = PostgreSqlSearchFunctions.TitleMatches(v.Id, tsQuery) ? PostgreSqlSearchFunctions.TitleRank(v.Id, tsQuery) : PostgreSqlSearchFunctions.OtherRank(v.Id, tsQuery),
            });
    }

    /// <summary>
    /// The title matches through the title vector's own small GIN index, ranked on that vector (1 + ts_rank); the other
    /// matches ranked on the whole vector, below 1. The same order as <see cref="Ranked"/> gives when title matches
    /// come first, without ranking every match's ~1.7 KB vector for a page of the best (decision 0014).
    /// </summary>
    public override (IQueryable<RankedVacancy> Titles, IQueryable<RankedVacancy> Others)? TitleFirst(IQueryable<Vacancy> filtered, VacancyTextQuery query)
    {
        var tsQuery = query.IndexQuery ?? throw new InvalidOperationException("The text query was not prepared for PostgreSQL.");
        var titles = filtered.Where(v => PostgreSqlSearchFunctions.TitleMatches(v.Id, tsQuery))
            .Select(v => new RankedVacancy { Vacancy = v, Rank = PostgreSqlSearchFunctions.TitleRank(v.Id, tsQuery) });
        var others = filtered.Where(v => PostgreSqlSearchFunctions.Matches(v.Id, tsQuery) && !PostgreSqlSearchFunctions.TitleMatches(v.Id, tsQuery))
            .Select(v => new RankedVacancy { Vacancy = v, Rank = PostgreSqlSearchFunctions.OtherRank(v.Id, tsQuery) });
        return (titles, others);
    }

    /// <summary>
    /// The tsquery's text, made by PostgreSQL itself (the Russian and English words stemmed by its dictionaries), so
    /// that the page, count and facet queries each get it as a plain parameter the planner can estimate.
    /// </summary>
    public override async Task<VacancyTextQuery> PrepareAsync(KyzmatDbContext db, VacancyTextQuery query, CancellationToken cancellationToken)
    {
        var (condition, parameters) = TsQuery(query);
#pragma warning disable EF1003 // Only the query's structure is concatenated; every value is a parameter.
        var text = await db.Database.SqlQueryRaw<string>("SELECT (" + condition + ")::text AS \"Value\"", parameters).SingleAsync(cancellationToken);
#pragma warning restore EF1003
        return query with { IndexQuery = text };
    }

    /// <summary>
    /// For every word: its stems as prefixes in <c>simple</c>, or the word in <c>russian</c> or <c>english</c>; the words
    /// joined by AND. Every value is a parameter.
    /// </summary>
    private static (string Sql, object[] Parameters) TsQuery(VacancyTextQuery query)
    {
        var sql = new StringBuilder();
        var parameters = new List<object>();
        foreach (var word in query.Words)
        {
            var prefixes = string.Join(" | ", word.Stems.Select(s => s + ":*"));
            sql.Append(sql.Length == 0 ? "(" : " && (")
                .Append("to_tsquery('simple', {").Append(parameters.Count).Append("})")
                .Append(" || plainto_tsquery('russian', {").Append(parameters.Count + 1).Append("})")
                .Append(" || plainto_tsquery('english', {").Append(parameters.Count + 1).Append("}))");
            parameters.Add(prefixes);
            parameters.Add(word.Text);
        }

        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>The stems' look-up and the tsquery's text of the query as it is, in one statement.</summary>
    protected override async Task<(List<string> Known, VacancyTextQuery? Prepared)> KnownAndPreparedAsync(KyzmatDbContext db, VacancyTextQuery query, CancellationToken cancellationToken)
    {
        var (condition, parameters) = TsQuery(query);
        var stems = parameters.Length;
#pragma warning disable EF1003 // Only the query's structure is concatenated; every value is a parameter.
        var row = await db.Database.SqlQueryRaw<KnownAndQuery>(
                "SELECT coalesce(ARRAY(SELECT s FROM unnest({" + stems + "}::text[]) AS s " +
                "WHERE EXISTS (SELECT 1 FROM vacancy_search_terms t WHERE t.term >= s AND t.term < s || chr(1114111))), ARRAY[]::text[]) AS \"Known\", " +
                "(" + condition + ")::text AS \"Query\"",
                [.. parameters, query.AllStems.ToArray()])
            .SingleAsync(cancellationToken);
#pragma warning restore EF1003
        return ([.. row.Known], query with { IndexQuery = row.Query });
    }

    private sealed class KnownAndQuery
    {
        public string[] Known { get; set; } = [];

        public string Query { get; set; } = "";
    }

    /// <summary>A range scan of the lexicon's primary key per stem (the column's collation is "C", so ranges are by code point).</summary>
    protected override Task<List<string>> StemsBeginningTermsAsync(KyzmatDbContext db, IReadOnlyList<string> stems, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(
                "SELECT s AS \"Value\" FROM unnest({0}::text[]) AS s " +
                "WHERE EXISTS (SELECT 1 FROM vacancy_search_terms t WHERE t.term >= s AND t.term < s || chr(1114111))",
                [stems.ToArray()])
            .ToListAsync(cancellationToken);

    /// <summary>The terms trigram-similar to the stem (pg_trgm's <c>%</c>), most similar first.</summary>
    protected override Task<List<string>> TermsNearAsync(KyzmatDbContext db, string stem, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(
                "SELECT term AS \"Value\" FROM vacancy_search_terms WHERE term % {0} ORDER BY similarity(term, {0}) DESC LIMIT 20", stem)
            .ToListAsync(cancellationToken);
}
