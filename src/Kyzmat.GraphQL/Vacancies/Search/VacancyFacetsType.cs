using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class VacancyFacetsType : ObjectGraphType<VacancyFacets>
{
    public VacancyFacetsType()
    {
        Name = "VacancyFacets";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyFacetCountType>>>>("stateBodies")
            .Description("Value: the body's id; most vacancies first.").Resolve(c => c.Source.StateBodies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyFacetCountType>>>>("regions")
            .Description("Value: the region's code (a vacancy counts once in each region it has an office in).").Resolve(c => c.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyFacetCountType>>>>("groups")
            .Description("Value: a PositionGroup.").Resolve(c => c.Source.Groups.Select(g => g with { Value = EnumValue(g.Value) }));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyFacetCountType>>>>("salaryBands")
            .Description("Value: a SalaryBand.").Resolve(c => c.Source.SalaryBands.Select(b => b with { Value = EnumValue(b.Value) }));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyFacetCountType>>>>("deadlineWindows")
            .Description("Value: a DeadlineWindow.").Resolve(c => c.Source.DeadlineWindows.Select(w => w with { Value = EnumValue(w.Value) }));
    }

    private static string EnumValue(string name) => SearchEnumNames.Of(name);
}
