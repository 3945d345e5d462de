using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

/// <summary>What <c>updateVacancy</c> answers: the vacancy, and the amendment when the edit became one.</summary>
public sealed record VacancyUpdate(Vacancy Vacancy, VacancyAmendment? Amendment);

public sealed class VacancyUpdateType : ObjectGraphType<VacancyUpdate>
{
    public VacancyUpdateType()
    {
        Name = "VacancyUpdate";
        Field<NonNullGraphType<VacancyType>>("vacancy").Resolve(c => c.Source.Vacancy);
        Field<VacancyAmendmentType>("amendment")
            .Description("Set when someone had applied and the requirements changed: the change was published as this note.")
            .Resolve(c => c.Source.Amendment);
    }
}
