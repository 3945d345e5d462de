using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Paging;
using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

/// <summary>A page of the public vacancy search: a Relay connection with snippets, a bounded count and facets.</summary>
public sealed class VacancySearchConnectionType : ObjectGraphType<VacancySearchResult>
{
    public VacancySearchConnectionType()
    {
        Name = "VacancySearchConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancySearchEdgeType>>>>("edges")
            .Resolve(c => c.Source.Connection.Edges.Select(e => new VacancySearchEdge(e.Cursor, e.Node, c.Source.Page.Text)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyType>>>>("nodes").Resolve(c => c.Source.Connection.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.Connection.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description($"How many vacancies match, on all pages — counted up to {VacancySearch.CountBound}, or {VacancySearch.TextCountBound} when searching for text: see totalCountIsExact.")
            .Resolve(c => c.Source.Page.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("totalCountIsExact")
            .Description($"False when more match than were counted (show \"{VacancySearch.TextCountBound}+\" or \"{VacancySearch.CountBound}+\": the totalCount and a plus).")
            .Resolve(c => c.Source.Page.TotalIsExact);
        Field<NonNullGraphType<VacancyFacetsType>>("facets")
            .Description("How many of the matches each state body, region, group, salary band and deadline window has; each counted as if its own filter were not set, so several values can be picked.")
            .ResolveAsync(async c => await c.Service<VacancyFacetSearch>().CountAsync(c.Source.Criteria, c.CancellationToken));
    }
}
