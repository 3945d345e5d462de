using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>The database's full-text index of vacancies, one kind per provider (decision 0014).</summary>
internal abstract class VacancyTextIndex
{
    /// <summary>How many close terms of the index a misspelt word may stand for.</summary>
    private const int MaxCorrections = 5;

    public static VacancyTextIndex For(KyzmatDbContext db) => db.Database.ProviderName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => PostgreSqlVacancyTextIndex.Instance,
        "Microsoft.EntityFrameworkCore.Sqlite" => SqliteVacancyTextIndex.Instance,
        _ => PlainVacancyTextIndex.Instance,
    };

    /// <summary>The vacancies that have every word (a term beginning with one of its stems), with their relevance.</summary>
    public abstract IQueryable<VacancyMatch> Matches(KyzmatDbContext db, VacancyTextQuery query);

    /// <summary>Those of <paramref name="filtered"/> that <see cref="Matches"/>, with their relevance; joined on the id unless the index is the row's own.</summary>
    public virtual IQueryable<RankedVacancy> Ranked(KyzmatDbContext db, IQueryable<Vacancy> filtered, VacancyTextQuery query) =>
        filtered.Join(Matches(db, query), v => v.Id, m => m.VacancyId, (v, m) => new RankedVacancy { Vacancy = v, Rank = m.Rank });

    /// <summary>
    /// Where the index ranks title matches apart: those of <paramref name="filtered"/> whose title has every word (rank 1
    /// and up), and the other matches (rank below 1), so that a page of the best can rank the few title matches alone
    /// and the rest only when it reaches past them. Null where the index ranks all matches in one (SQLite, the plain
    /// fallback).
    /// </summary>
    public virtual (IQueryable<RankedVacancy> Titles, IQueryable<RankedVacancy> Others)? TitleFirst(IQueryable<Vacancy> filtered, VacancyTextQuery query) => null;

    /// <summary>The query as the index takes it (<see cref="VacancyTextQuery.IndexQuery"/>), once per request, after corrections.</summary>
    public virtual Task<VacancyTextQuery> PrepareAsync(KyzmatDbContext db, VacancyTextQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(query);

    /// <summary>Those of the stems that begin a term of the index (all of them where the index keeps no terms).</summary>
    protected abstract Task<List<string>> StemsBeginningTermsAsync(KyzmatDbContext db, IReadOnlyList<string> stems, CancellationToken cancellationToken);

    /// <summary>Terms of the index spelt close to <paramref name="stem"/>; the caller measures how close.</summary>
    protected abstract Task<List<string>> TermsNearAsync(KyzmatDbContext db, string stem, CancellationToken cancellationToken);

    /// <summary>
    /// Adds, to every word none of whose stems begins a term of the index, the terms within
    /// <see cref="EditDistance.Allowed"/> typos of a stem (or of the start of a longer term).
    /// </summary>
    public async Task<VacancyTextQuery> CorrectAsync(KyzmatDbContext db, VacancyTextQuery query, CancellationToken cancellationToken) =>
        await CorrectAsync(db, query, [.. await StemsBeginningTermsAsync(db, [.. query.AllStems], cancellationToken)], cancellationToken);

    /// <summary>
    /// <see cref="CorrectAsync(KyzmatDbContext, VacancyTextQuery, CancellationToken)"/> and then <see cref="PrepareAsync"/>;
    /// where the index can (PostgreSQL), the stems' look-up and the preparation are one statement, and a query without
    /// typos needs no other.
    /// </summary>
    public async Task<VacancyTextQuery> CorrectAndPrepareAsync(KyzmatDbContext db, VacancyTextQuery query, CancellationToken cancellationToken)
    {
        var (known, prepared) = await KnownAndPreparedAsync(db, query, cancellationToken);
        var corrected = await CorrectAsync(db, query, known, cancellationToken);
        return ReferenceEquals(corrected, query) && prepared is not null ? prepared : await PrepareAsync(db, corrected, cancellationToken);
    }

    /// <summary>The stems that begin a term (<see cref="StemsBeginningTermsAsync"/>), and the query prepared as it is where that costs nothing more.</summary>
    protected virtual async Task<(List<string> Known, VacancyTextQuery? Prepared)> KnownAndPreparedAsync(KyzmatDbContext db, VacancyTextQuery query, CancellationToken cancellationToken) =>
        (await StemsBeginningTermsAsync(db, [.. query.AllStems], cancellationToken), null);

    private async Task<VacancyTextQuery> CorrectAsync(KyzmatDbContext db, VacancyTextQuery query, List<string> knownStems, CancellationToken cancellationToken)
    {
        // One look-up for every stem of every word: a correctly spelt query costs nothing more.
        var known = knownStems.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < query.Words.Count; i++)
        {
            var stems = query.Words[i].Stems;
            if (stems.Any(known.Contains))
            {
                continue;
            }

            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var stem in stems.Where(s => EditDistance.Allowed(s.Length) > 0))
            {
                terms.UnionWith(await TermsNearAsync(db, stem, cancellationToken));
            }

            var corrections = terms
                .Select(t => (Term: t, Distance: stems.Min(s => Distance(s, t))))
                .Where(c => c.Distance <= EditDistance.Allowed(query.Words[i].Text.Length))
                .OrderBy(c => c.Distance).ThenBy(c => c.Term, StringComparer.Ordinal)
                .Take(MaxCorrections)
                .Select(c => c.Term)
                .ToList();
            query = query.WithStems(i, corrections);
        }

        return query;
    }

    private static int Distance(string stem, string term) => Math.Min(
        EditDistance.Between(stem, term),
        term.Length > stem.Length ? EditDistance.Between(stem, term[..stem.Length]) : int.MaxValue);
}
