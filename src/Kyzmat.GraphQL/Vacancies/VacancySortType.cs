using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.GraphQL.Vacancies;

public sealed class VacancySortType : EnumerationGraphType<VacancySort>
{
    public VacancySortType()
    {
        Name = "VacancySort";
        Description = "RELEVANCE: best match first when there is text, else as NEWEST; NEWEST: latest publications first; DEADLINE: closest deadline first; SALARY: highest salary first.";
    }
}
