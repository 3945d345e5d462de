using Kyzmat.Recruitment.Vacancies;
using Kyzmat.Recruitment.Vacancies.Search;

namespace Kyzmat.GraphQL.Vacancies.Search;

public sealed record VacancySearchEdge(string Cursor, Vacancy Node, VacancyTextQuery? Text);
