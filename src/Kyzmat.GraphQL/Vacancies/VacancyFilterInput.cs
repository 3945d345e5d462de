using GraphQL.Types;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class VacancyFilterInput : InputObjectGraphType<VacancyFilter>
{
    public VacancyFilterInput()
    {
        Name = "VacancyFilterInput";
        Field(f => f.Text, nullable: true).Description("Words to find in the title, duties, requirements and the state body's name, in any language, case and word form, typos forgiven; at most 500 characters (SEARCH_TEXT_TOO_LONG).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("stateBodyIds");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regionCodes").Description("Vacancies with an office in one of these regions.");
        Field<ListGraphType<NonNullGraphType<PositionGroupType>>>("groups");
        Field(f => f.SalaryFrom, nullable: true).Description("Salary up to at least this many soms.");
        Field<ListGraphType<NonNullGraphType<Search.SalaryBandType>>>("salaryBands").Description("Vacancies in one of these salary bands.");
        Field<ListGraphType<NonNullGraphType<Search.DeadlineWindowType>>>("deadlineWindows").Description("Vacancies closing in one of these windows.");
        Field(f => f.OpenOnly, nullable: true).Description("Only vacancies accepting applications now (default true).");
        Field(f => f.DeadlineBefore, nullable: true);
    }
}
