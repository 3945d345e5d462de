using System.Globalization;

namespace Kyzmat.Recruitment.Common;

/// <summary>The text of every user error code in Kyrgyz, Russian and English.</summary>
public static class UserErrorMessages
{
    private static readonly Dictionary<string, LocalizedText> Messages = new(StringComparer.Ordinal)
    {
        [UserErrorCodes.InvalidInput] = new("Маалымат туура эмес толтурулган.", "Данные заполнены неверно.", "The data is not valid."),
        [UserErrorCodes.InvalidCursor] = new(
            "Барак көрсөткүчү (cursor) туура эмес же башка иреттөө үчүн берилген.",
            "Курсор страницы неверен или выдан для другой сортировки.",
            "The page cursor is not valid or was issued for another sort order."),
        [UserErrorCodes.PageSizeTooLarge] = new(
            "Бир баракта эң көп {0} жазуу көрсөтүлөт.",
            "На одной странице можно показать не более {0} записей.",
            "A page can hold at most {0} items."),
        [UserErrorCodes.NotFound] = new("Табылган жок.", "Не найдено.", "Not found."),
        [UserErrorCodes.NotAuthenticated] = new(
            "Бул үчүн жеке кабинетке кириңиз.",
            "Для этого войдите в личный кабинет.",
            "Sign in to your personal cabinet to do this."),
        [UserErrorCodes.Forbidden] = new(
            "Бул аракетке укугуңуз жок.",
            "У вас нет прав на это действие.",
            "You are not allowed to do this."),
        [UserErrorCodes.DocumentEmpty] = new("Файл бош.", "Файл пуст.", "The file is empty."),
        [UserErrorCodes.DocumentTooLarge] = new(
            "Файл өтө чоң: эң көп {0} МБ.",
            "Файл слишком большой: не более {0} МБ.",
            "The file is too large: at most {0} MB."),
        [UserErrorCodes.DocumentFormatNotAllowed] = new(
            "PDF, JPEG же PNG файлын гана жүктөөгө болот.",
            "Можно загрузить только файл PDF, JPEG или PNG.",
            "Only PDF, JPEG or PNG files can be uploaded."),
        [UserErrorCodes.DocumentNotYours] = new("Бул документ сизге таандык эмес.", "Этот документ вам не принадлежит.", "This document is not yours."),
        [UserErrorCodes.RequiredField] = new("«{0}» талаасын толтуруңуз.", "Заполните поле «{0}».", "Fill in the field “{0}”."),
        [UserErrorCodes.TextTooLong] = new("«{0}» талаасы өтө узун: эң көп {1} белги.", "Поле «{0}» слишком длинное: не более {1} символов.", "The field “{0}” is too long: at most {1} characters."),
        [UserErrorCodes.DateRangeInvalid] = new("Бүткөн күнү башталган күндөн мурун боло албайт.", "Дата окончания не может быть раньше даты начала.", "The end date cannot be before the start date."),
        [UserErrorCodes.DateInFuture] = new("«{0}» келечектеги күн боло албайт.", "«{0}» не может быть в будущем.", "“{0}” cannot be in the future."),
        [UserErrorCodes.PhoneInvalid] = new("Телефон номери туура эмес; мисалы: +996 555 123 456.", "Неверный номер телефона; например: +996 555 123 456.", "The phone number is not valid; for example: +996 555 123 456."),
        [UserErrorCodes.RegionUnknown] = new("Мындай аймак жок.", "Такого региона нет.", "There is no such region."),
        [UserErrorCodes.ChangedMeanwhile] = new("Маалымат ушул убакта башка жерден өзгөртүлгөн; баракты жаңыртып, кайра аракет кылыңыз.", "Данные тем временем изменены в другом месте; обновите страницу и повторите.", "The data was changed elsewhere meanwhile; reload and try again."),
        [UserErrorCodes.TooManyFavourites] = new("Эң көп {0} вакансияны тандоого болот.", "Можно сохранить не более {0} вакансий.", "You can save at most {0} vacancies."),
        [UserErrorCodes.VacancyNotOpen] = new(
            "Бул вакансияга арыз кабыл алынбайт: ал жабык же мөөнөтү өтүп кеткен.",
            "Заявления на эту вакансию не принимаются: она закрыта или срок истёк.",
            "This vacancy does not accept applications: it is closed or past its deadline."),
        [UserErrorCodes.ProfileIncomplete] = new(
            "Арыз тапшыруу үчүн жеке кабинеттеги маалыматтарды толук толтуруңуз. Жетишпейт: {0}.",
            "Чтобы подать заявление, заполните данные личного кабинета полностью. Не хватает: {0}.",
            "Fill in your personal cabinet completely before applying. Missing: {0}."),
        [UserErrorCodes.ApplicationExists] = new(
            "Сиз бул вакансияга арыз тапшыргансыз; аны «Менин жоопторум» бөлүмүнөн табасыз.",
            "Вы уже подали заявление на эту вакансию; оно в разделе «Мои отклики».",
            "You have already applied for this vacancy; it is in “My responses”."),
        [UserErrorCodes.OfficeNotOfVacancy] = new(
            "Бул кеңседе бул вакансияга арыз кабыл алынбайт.",
            "Этот офис не принимает заявления на эту вакансию.",
            "This office does not accept applications for this vacancy."),
        [UserErrorCodes.ApplicationStepUnavailable] = new(
            "Арыз азыр бул кадамда эмес; баракты жаңыртып, кайра аракет кылыңыз.",
            "Заявление сейчас не на этом шаге; обновите страницу и повторите.",
            "The application is not at this step now; reload and try again."),
        [UserErrorCodes.EmailNotConfirmed] = new(
            "Кол коюу коду тастыкталган e-mail дарегине гана жөнөтүлөт.",
            "Код подписи отправляется только на подтверждённый e-mail.",
            "The signing code goes only to a confirmed e-mail address."),
        [UserErrorCodes.CodeWrong] = new("Код туура эмес. Дагы {0} аракет калды.", "Неверный код. Осталось попыток: {0}.", "The code is wrong. {0} attempts left."),
        [UserErrorCodes.CodeExpired] = new("Коддун мөөнөтү бүттү; жаңы код алыңыз.", "Срок действия кода истёк; получите новый код.", "The code has expired; get a new one."),
        [UserErrorCodes.CodeUsed] = new("Бул код колдонулган.", "Этот код уже использован.", "This code has already been used."),
        [UserErrorCodes.CodeExhausted] = new("Өтө көп туура эмес аракет; жаңы код алыңыз.", "Слишком много неверных попыток; получите новый код.", "Too many wrong attempts; get a new code."),
        [UserErrorCodes.CodeMissing] = new("Адегенде код алыңыз.", "Сначала получите код.", "Get a code first."),
        [UserErrorCodes.CodeTooSoon] = new("Жаңы кодду {0} секунддан кийин алууга болот.", "Новый код можно получить через {0} с.", "You can get a new code in {0} seconds."),
        [UserErrorCodes.CodeHourlyLimit] = new("Бир саатта алынчу коддордун саны бүттү; кийинчерээк аракет кылыңыз.", "Исчерпан лимит кодов в час; попробуйте позже.", "Too many codes this hour; try again later."),
        [UserErrorCodes.ReasonRequired] = new("Четке кагуунун себебин жазыңыз.", "Укажите причину отказа.", "Give the reason for the refusal."),
        [UserErrorCodes.ScoreOutOfRange] = new("Балл 0дөн {0}го чейин болушу керек.", "Балл должен быть от 0 до {0}.", "The score must be between 0 and {0}."),
        [UserErrorCodes.TaskAlreadyCompleted] = new("Бул тапшырма аткарылып бүткөн.", "Эта задача уже выполнена.", "This task has already been completed."),
        [UserErrorCodes.TaskClaimedByOther] = new("Бул тапшырманы башка кызматкер алган.", "Эту задачу взял другой сотрудник.", "Another reviewer has taken this task."),
    };

    public static string Format(string code, string language, params object[] arguments)
    {
        var text = Messages.TryGetValue(code, out var message) ? message.In(language) : code;
        var localized = arguments.Select(a => a is LocalizedText label ? label.In(language) : a).ToArray();
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, localized);
    }
}
