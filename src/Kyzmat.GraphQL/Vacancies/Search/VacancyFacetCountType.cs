using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class VacancyFacetCountType : ObjectGraphType<FacetCount>
{
    public VacancyFacetCountType()
    {
        Name = "VacancyFacetCount";
        Description = "How many of the search's vacancies have this value.";
        Field(f => f.Value).Description("What to put in the filter to pick it.");
        Field(f => f.Count);
        Field<LocalizedTextType>("label").Description("The state body's or region's name; null for enum values.").Resolve(c => c.Source.Label);
    }
}
