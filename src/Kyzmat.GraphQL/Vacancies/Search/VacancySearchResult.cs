using Kyzmat.GraphQL.Paging;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies.Search;

/// <summary>One page of the public search with what its fields need: the page, and the criteria the facets count for.</summary>
public sealed record VacancySearchResult(VacancyPage Page, VacancySearchCriteria Criteria, bool HasPreviousPage)
{
    public Connection<Vacancy> Connection { get; } = Connection<Vacancy>.Of(Page.Items, Page.HasNextPage, HasPreviousPage, Page.TotalCount);
}
