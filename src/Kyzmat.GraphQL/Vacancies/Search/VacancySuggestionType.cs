using GraphQL.Types;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed class VacancySuggestionType : ObjectGraphType<VacancySuggestion>
{
    public VacancySuggestionType()
    {
        Name = "VacancySuggestion";
        Description = "A completion of what is being typed: a vacancy title (search for it) or a state body (filter by it; stateBodyId set).";
        Field(s => s.Text).Description("In the request's language.");
        Field(s => s.StateBodyId, type: typeof(IdGraphType));
    }
}
