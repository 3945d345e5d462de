using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Applications;

/// <summary>The fixed wording of the application document, in Kyrgyz, Russian and English.</summary>
internal static class ApplicationTexts
{
    public static readonly LocalizedText Title = new("АРЫЗ", "ЗАЯВЛЕНИЕ", "APPLICATION");

    public static readonly LocalizedText To = new("{0} жетекчисине", "Руководителю: {0}", "To the head of {0}");

    public static readonly LocalizedText Request = new(
        "Мен, {0}, «{1}» ({2}) бош кызмат ордун ээлөө үчүн өткөрүлүүчү конкурска катышууга уруксат берүүңүздү суранам.",
        "Прошу допустить меня, {0}, к участию в конкурсе на замещение вакантной должности «{1}» ({2}).",
        "I, {0}, ask to be admitted to the competition for the vacant post “{1}” ({2}).");

    public static readonly LocalizedText Number = new("Арыздын номери", "Номер заявления", "Application number");
    public static readonly LocalizedText Date = new("Күнү", "Дата", "Date");
    public static readonly LocalizedText Office = new("Кеңсе", "Офис приёма", "Office");
    public static readonly LocalizedText Applicant = new("Арыз ээси", "Заявитель", "Applicant");
    public static readonly LocalizedText Pin = new("ПИН", "ПИН", "PIN");
    public static readonly LocalizedText Born = new("Туулган күнү", "Дата рождения", "Date of birth");
    public static readonly LocalizedText Contacts = new("Байланыш", "Контакты", "Contacts");
    public static readonly LocalizedText Address = new("Дарек", "Адрес", "Address");
    public static readonly LocalizedText Education = new("Билими", "Образование", "Education");
    public static readonly LocalizedText Work = new("Жумуш тажырыйбасы", "Опыт работы", "Work experience");
    public static readonly LocalizedText Present = new("азыркы учурга чейин", "по настоящее время", "present");
    public static readonly LocalizedText Consents = new("Макулдуктар", "Согласия", "Consents");

    public static readonly LocalizedText PersonalData = new(
        "«Жеке мүнөздөгү маалымат жөнүндө» Кыргыз Республикасынын Мыйзамына ылайык, конкурсту өткөрүү максатында менин жеке маалыматтарымды иштетүүгө макулдугумду берем.",
        "В соответствии с Законом Кыргызской Республики «Об информации персонального характера» даю согласие на обработку моих персональных данных в целях проведения конкурса.",
        "Under the Law of the Kyrgyz Republic on personal information, I consent to the processing of my personal data for the competition.");

    public static readonly LocalizedText AntiCorruption = new(
        "Мамлекеттик жарандык кызматка кирүүгө байланыштуу чектөөлөр жана тыюу салуулар менен тааныштым; көрсөтүлгөн маалыматтардын аныктыгын ырастайм.",
        "С ограничениями и запретами, связанными с поступлением на государственную гражданскую службу, ознакомлен(а); достоверность указанных сведений подтверждаю.",
        "I have read the restrictions and prohibitions of entering the state civil service and confirm that the information given is true.");

    public static readonly LocalizedText SignedBy = new(
        "Электрондук кол тамга менен кол коюлду", "Подписано электронной подписью", "Signed with an electronic signature");

    public static readonly LocalizedText Signer = new("Кол коюучу", "Подписант", "Signer");
    public static readonly LocalizedText SignedAt = new("Убактысы", "Время", "Time");
    public static readonly LocalizedText VerifyAt = new("Текшерүү", "Проверка", "Verify at");
    public static readonly LocalizedText DocumentHash = new("Документтин SHA-256 хэши", "Хэш документа SHA-256", "Document SHA-256");
}
