using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// The text condition and rank on the vacancy's own row, so that PostgreSQL matches, filters and ranks in one scan
/// through the GIN index (decision 0014). The vacancy's <c>"SearchVector"</c> is not in the EF model (a generated
/// column made by the migration's hand-written steps); these functions name it beside the vacancy's id and call the
/// SQL functions <c>vacancy_search_matches</c> and <c>vacancy_search_rank</c>, which PostgreSQL inlines to
/// <c>"SearchVector" @@ query::tsquery</c> and <c>ts_rank(…)</c> — the operator form the index serves.
/// </summary>
internal static class PostgreSqlSearchFunctions
{
    private static readonly RelationalTypeMapping Vector = new StringTypeMapping("tsvector", DbType.String);

    /// <summary>The vacancy's search vector matches <paramref name="tsQuery"/> (a tsquery's text). In queries only.</summary>
    public static bool Matches(Guid vacancyId, string tsQuery) => throw new InvalidOperationException("Only in a PostgreSQL query.");

    /// <summary>ts_rank of the vacancy's search vector for <paramref name="tsQuery"/>. In queries only.</summary>
    public static double Rank(Guid vacancyId, string tsQuery) => throw new InvalidOperationException("Only in a PostgreSQL query.");

    /// <summary>The vacancy's title vector (<c>"SearchTitleVector"</c>) matches <paramref name="tsQuery"/>: every word is in the title. In queries only.</summary>
    public static bool TitleMatches(Guid vacancyId, string tsQuery) => throw new InvalidOperationException("Only in a PostgreSQL query.");

    /// <summary>1 + ts_rank of the vacancy's title vector: a title match ranks above every other match. In queries only.</summary>
    public static double TitleRank(Guid vacancyId, string tsQuery) => throw new InvalidOperationException("Only in a PostgreSQL query.");

    /// <summary>ts_rank of the whole search vector, below 1: the rank of a match whose title lacks a word. In queries only.</summary>
    public static double OtherRank(Guid vacancyId, string tsQuery) => throw new InvalidOperationException("Only in a PostgreSQL query.");

    public static void Register(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(PostgreSqlSearchFunctions).GetMethod(nameof(TitleMatches))!)
            .HasTranslation(args => OnVector("vacancy_search_title_matches", args, typeof(bool), new BoolTypeMapping("boolean"), "SearchTitleVector"));
        modelBuilder.HasDbFunction(typeof(PostgreSqlSearchFunctions).GetMethod(nameof(TitleRank))!)
            .HasTranslation(args => OnVector("vacancy_search_title_rank", args, typeof(double), new DoubleTypeMapping("double precision"), "SearchTitleVector"));
        modelBuilder.HasDbFunction(typeof(PostgreSqlSearchFunctions).GetMethod(nameof(OtherRank))!)
            .HasTranslation(args => OnVector("vacancy_search_other_rank", args, typeof(double), new DoubleTypeMapping("double precision")));
        modelBuilder.HasDbFunction(typeof(PostgreSqlSearchFunctions).GetMethod(nameof(Matches))!)
            .HasTranslation(args => OnVector("vacancy_search_matches", args, typeof(bool), new BoolTypeMapping("boolean")));
        modelBuilder.HasDbFunction(typeof(PostgreSqlSearchFunctions).GetMethod(nameof(Rank))!)
            .HasTranslation(args => OnVector("vacancy_search_rank", args, typeof(double), new DoubleTypeMapping("double precision")));
    }

    private static SqlFunctionExpression OnVector(string function, IReadOnlyList<SqlExpression> args, Type type, RelationalTypeMapping mapping, string column = "SearchVector")
    {
        var id = args[0] as ColumnExpression
            ?? throw new InvalidOperationException($"{function} needs the vacancy's id column, not {args[0]}.");
        var vector = new ColumnExpression(column, id.TableAlias, typeof(string), Vector, nullable: false);
        return new SqlFunctionExpression(function, [vector, args[1]], nullable: false, argumentsPropagateNullability: [false, false], type, mapping);
    }
}
