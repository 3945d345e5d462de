using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Vacancies;

/// <summary>The names of a vacancy's fields and statuses in the UI languages, for error messages.</summary>
internal static class VacancyLabels
{
    public static readonly LocalizedText TitleKy = new("Аталышы (кыргызча)", "Название (на кыргызском)", "Title (Kyrgyz)");
    public static readonly LocalizedText TitleRu = new("Аталышы (орусча)", "Название (на русском)", "Title (Russian)");
    public static readonly LocalizedText DutiesKy = new("Милдеттер (кыргызча)", "Обязанности (на кыргызском)", "Duties (Kyrgyz)");
    public static readonly LocalizedText DutiesRu = new("Милдеттер (орусча)", "Обязанности (на русском)", "Duties (Russian)");
    public static readonly LocalizedText RequirementsKy = new("Талаптар (кыргызча)", "Требования (на кыргызском)", "Requirements (Kyrgyz)");
    public static readonly LocalizedText RequirementsRu = new("Талаптар (орусча)", "Требования (на русском)", "Requirements (Russian)");
    public static readonly LocalizedText Unit = new("Түзүмдүк бөлүм", "Структурное подразделение", "Unit");
    public static readonly LocalizedText RequiredDocuments = new("Талап кылынган документтер", "Необходимые документы", "Required documents");
    public static readonly LocalizedText English = new("Англисче текст", "Текст на английском", "English text");
    public static readonly LocalizedText Offices = new("Кеңселер", "Офисы", "Offices");
    public static readonly LocalizedText CancellationReason = new("Жокко чыгаруунун себеби", "Причина отмены", "Reason for cancelling");

    public static LocalizedText Of(VacancyStatus status) => status switch
    {
        VacancyStatus.Draft => new("долбоор", "черновик", "a draft"),
        VacancyStatus.Published => new("жарыяланган", "опубликована", "published"),
        VacancyStatus.Closed => new("жабылган", "закрыта", "closed"),
        _ => new("жокко чыгарылган", "отменена", "cancelled"),
    };
}
