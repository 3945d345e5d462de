using GraphQL.Types;
using Kyzmat.GraphQL.StateBodies;
using Kyzmat.GraphQL.Vacancies;

namespace Kyzmat.GraphQL.Schema;

/// <summary>The root query: each aggregate adds its fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        StateBodyQueries.AddTo(this);
        VacancyQueries.AddTo(this);
    }
}
