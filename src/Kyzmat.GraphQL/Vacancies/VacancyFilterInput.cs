using GraphQL.Types;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class VacancyFilterInput : InputObjectGraphType<VacancyFilter>
{
    public VacancyFilterInput()
    {
        Name = "VacancyFilterInput";
        Field(f => f.Text, nullable: true).Description("Words to find in the title, description and requirements (any language, any case).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("stateBodyIds");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regionCodes").Description("Vacancies with an office in one of these regions.");
        Field<ListGraphType<NonNullGraphType<PositionGroupType>>>("groups");
        Field(f => f.SalaryFrom, nullable: true).Description("Salary up to at least this many soms.");
        Field(f => f.OpenOnly, nullable: true).Description("Only vacancies accepting applications now (default true).");
        Field(f => f.DeadlineBefore, nullable: true);
    }
}
