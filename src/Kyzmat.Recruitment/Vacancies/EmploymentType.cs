namespace Kyzmat.Recruitment.Vacancies;

public enum EmploymentType
{
    FullTime = 1,
    PartTime = 2,
}
