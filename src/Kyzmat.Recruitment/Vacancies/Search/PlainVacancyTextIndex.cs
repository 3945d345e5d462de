using System.Linq.Expressions;
using Kyzmat.Recruitment.Persistence;

namespace Kyzmat.Recruitment.Vacancies.Search;

/// <summary>
/// SQL Server (and any other provider): no full-text index is assumed, so the stems are looked for with LIKE in the
/// search columns; a vacancy with every word in its title ranks above the others. No typo correction (decision 0014).
/// </summary>
internal sealed class PlainVacancyTextIndex : VacancyTextIndex
{
    public static readonly PlainVacancyTextIndex Instance = new();

    public override IQueryable<VacancyMatch> Matches(KyzmatDbContext db, VacancyTextQuery query)
    {
        var v = Expression.Parameter(typeof(Vacancy), "v");
        Expression? inAny = null;
        Expression? inTitle = null;
        foreach (var word in query.Words)
        {
            Expression? wordInAny = null;
            Expression? wordInTitle = null;
            foreach (var stem in word.Stems)
            {
                var title = Contains(v, nameof(Vacancy.SearchTitle), stem);
                wordInTitle = wordInTitle is null ? title : Expression.OrElse(wordInTitle, title);
                var any = Expression.OrElse(title, Contains(v, nameof(Vacancy.SearchText), stem));
                wordInAny = wordInAny is null ? any : Expression.OrElse(wordInAny, any);
            }

            inAny = inAny is null ? wordInAny! : Expression.AndAlso(inAny, wordInAny!);
            inTitle = inTitle is null ? wordInTitle! : Expression.AndAlso(inTitle, wordInTitle!);
        }

        var match = Expression.MemberInit(
            Expression.New(typeof(VacancyMatch)),
            Expression.Bind(typeof(VacancyMatch).GetProperty(nameof(VacancyMatch.VacancyId))!, Expression.Property(v, nameof(Vacancy.Id))),
            Expression.Bind(typeof(VacancyMatch).GetProperty(nameof(VacancyMatch.Rank))!, Expression.Condition(inTitle!, Expression.Constant(1.0), Expression.Constant(0.5))));
        return db.Vacancies
            .Where(Expression.Lambda<Func<Vacancy, bool>>(inAny!, v))
            .Select(Expression.Lambda<Func<Vacancy, VacancyMatch>>(match, v));
    }

    protected override Task<List<string>> StemsBeginningTermsAsync(KyzmatDbContext db, IReadOnlyList<string> stems, CancellationToken cancellationToken) =>
        Task.FromResult(stems.ToList());

    protected override Task<List<string>> TermsNearAsync(KyzmatDbContext db, string stem, CancellationToken cancellationToken) =>
        Task.FromResult(new List<string>());

    private static MethodCallExpression Contains(ParameterExpression v, string column, string stem) =>
        Expression.Call(Expression.Property(v, column), typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Expression.Constant(stem));
}
