using GraphQL.Types;
using Kyzmat.GraphQL.Common;
using Kyzmat.GraphQL.Profiles;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class VacancyInputType : InputObjectGraphType<VacancyInput>
{
    public VacancyInputType()
    {
        Name = "VacancyInput";
        Description = "A vacancy as HR writes it; once someone has applied, a change of the requirements is published as an amendment.";
        Field<NonNullGraphType<LocalizedTextInputType>>("title");
        Field<NonNullGraphType<LocalizedTextInputType>>("description").Description("The duties.");
        Field<NonNullGraphType<LocalizedTextInputType>>("requirements").Description("Qualification requirements: education, experience, state-language level.");
        Field<LocalizedTextInputType>("unit").Description("The structural unit (department).");
        Field<EnumerationGraphType<EducationLevel>>("requiredEducation");
        Field<IntGraphType>("minExperienceYears").Description("0–40.");
        Field<LanguageLevelType>("stateLanguageLevel");
        Field<LocalizedTextInputType>("requiredDocuments");
        Field<NonNullGraphType<PositionGroupType>>("group");
        Field<NonNullGraphType<EnumerationGraphType<EmploymentType>>>("employment");
        Field<NonNullGraphType<DecimalGraphType>>("salaryMin").Description("Monthly salary from, in soms.");
        Field<NonNullGraphType<DecimalGraphType>>("salaryMax").Description("Monthly salary up to, in soms.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline").Description("The last moment applications are accepted; a published vacancy's can only move later.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("officeIds").Description("The body's offices where one may apply («Кеңсе»); at least one.");
    }
}
