using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Profiles;

/// <summary>The labels of the cabinet's fields, as the manual names them, for error messages.</summary>
internal static class FieldLabels
{
    public static readonly LocalizedText Institution = new("ЖОЖдун аталышы", "Название вуза", "Institution");
    public static readonly LocalizedText Speciality = new("Адистик", "Специальность", "Speciality");
    public static readonly LocalizedText Qualification = new("Квалификация", "Квалификация", "Qualification");
    public static readonly LocalizedText StartDate = new("Башталган күнү", "Дата начала", "Start date");
    public static readonly LocalizedText EndDate = new("Бүткөн күнү", "Дата окончания", "End date");
    public static readonly LocalizedText Field = new("Багыты", "Направление", "Field");
    public static readonly LocalizedText Organisation = new("Уюм", "Организация", "Organisation");
    public static readonly LocalizedText Department = new("Бөлүм", "Отдел", "Department");
    public static readonly LocalizedText Position = new("Кызмат орду", "Должность", "Position");
    public static readonly LocalizedText Areas = new("Ишмердүүлүк чөйрөлөрү", "Сферы деятельности", "Areas of activity");
    public static readonly LocalizedText District = new("Район", "Район", "District");
    public static readonly LocalizedText Address = new("Дарек", "Адрес", "Address");
    public static readonly LocalizedText Citizenship = new("Жарандыгы", "Гражданство", "Citizenship");
    public static readonly LocalizedText ComputerSkills = new("Компьютердик көндүмдөр", "Компьютерные навыки", "Computer skills");
    public static readonly LocalizedText Awards = new("Сыйлыктар", "Награды", "Awards");
    public static readonly LocalizedText ScientificDegree = new("Илимий даража", "Учёная степень", "Scientific degree");
    public static readonly LocalizedText About = new("Өзүңүз жөнүндө", "О себе", "About yourself");
}
