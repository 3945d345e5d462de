namespace Kyzmat.Recruitment.Vacancies;

public enum VacancyStatus
{
    Draft = 1,
    Published = 2,
    Closed = 3,
}
