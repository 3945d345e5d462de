using System.Globalization;

namespace Kyzmat.Identity.Pages;

/// <summary>The sign-in pages' texts in Kyrgyz (the manual's labels), Russian and English.</summary>
internal static class Texts
{
    private static readonly Dictionary<string, (string Ky, string Ru, string En)> All = new()
    {
        // The frame's texts are the portal's (web/src/i18n/messages.ts): the same header and footer on both sides.
        ["portal"] = ("Кыргыз Республикасынын Вакансиялар порталы", "Портал вакансий Кыргызской Республики", "Vacancies Portal of the Kyrgyz Republic"),
        ["skip_to_content"] = ("Негизги мазмунга өтүү", "Перейти к основному содержанию", "Skip to main content"),
        ["main_navigation"] = ("Негизги меню", "Основное меню", "Main menu"),
        ["vacancies"] = ("Вакансиялар", "Вакансии", "Vacancies"),
        ["language"] = ("Тил", "Язык", "Language"),
        ["language_apply"] = ("Тандоо", "Выбрать", "Choose"), // ours: without scripts the switch needs a button
        ["footer"] = ("Кыргыз Республикасынын мамлекеттик кызматындагы бош орундар", "Вакантные должности государственной службы Кыргызской Республики", "Civil-service vacancies of the Kyrgyz Republic"),
        ["signin_title"] = ("Жеке кабинетке кирүү", "Вход в личный кабинет", "Enter the personal cabinet"),
        ["pin"] = ("ПИН", "ПИН", "PIN"),
        ["pin_hint"] = ("14 сандан турган жеке идентификациялык номер", "Персональный идентификационный номер из 14 цифр", "Personal identification number, 14 digits"),
        ["password"] = ("«Түндүк» сырсөзү", "Пароль системы «Түндүк»", "«Түндүк» password"),
        ["next"] = ("Андан ары", "Далее", "Next"),
        ["method_title"] = ("ИБТ аркылуу кирүү", "Вход через ЕСИ", "Sign in through the unified identification system"),
        ["method_intro"] = ("Кирүү ыкмасын тандаңыз.", "Выберите способ входа.", "Choose how to sign in."),
        ["cloud_signature"] = ("Булуттук электрондук колтамга", "Облачная электронная подпись", "Cloud electronic signature"),
        ["email_title"] = ("E-mail дарегин ырастоо", "Подтверждение e-mail", "Confirm your e-mail"),
        ["email_intro"] = ("Ар бир колдонуучу e-mail дарегин ырасташы керек.", "Каждый пользователь должен подтвердить свой e-mail.", "Every user must confirm their e-mail."),
        ["email_known"] = ("Текшерүү коду {0} дарегине жөнөтүлөт.", "Код подтверждения будет отправлен на {0}.", "The verification code will be sent to {0}."),
        ["email"] = ("E-mail", "E-mail", "E-mail"),
        ["get_code"] = ("E-mail аркылуу код алуу", "Получить код по e-mail", "Get a code by e-mail"),
        ["code_title"] = ("Текшерүү коду", "Код подтверждения", "Verification code"),
        ["code"] = ("Текшерүү коду", "Код подтверждения", "Verification code"),
        ["code_sent"] = ("Текшерүү коду {0} дарегине жөнөтүлдү. Код 10 мүнөт жарактуу.", "Код подтверждения отправлен на {0}. Код действует 10 минут.", "The verification code was sent to {0}. It is valid for 10 minutes."),
        ["confirm"] = ("Ырастоо", "Подтвердить", "Confirm"),
        ["resend"] = ("Кодду кайра жөнөтүү", "Отправить код ещё раз", "Send the code again"),
        ["signed_in"] = ("Сиз жеке кабинетке кирдиңиз.", "Вы вошли в личный кабинет.", "You are signed in to your personal cabinet."),
        ["outbox_title"] = ("Чыгуучу каттар", "Исходящие письма", "Outbox"),
        ["err_pin_Missing"] = ("ПИНди киргизиңиз.", "Введите ПИН.", "Enter your PIN."),
        ["err_pin_NotDigits"] = ("ПИН сандардан гана турат.", "ПИН состоит только из цифр.", "The PIN consists of digits only."),
        ["err_pin_WrongLength"] = ("ПИН так 14 сандан турат.", "ПИН состоит ровно из 14 цифр.", "The PIN has exactly 14 digits."),
        ["err_pin_WrongFirstDigit"] = ("ПИН 1 же 2 менен башталат.", "ПИН начинается с 1 или 2.", "The PIN starts with 1 or 2."),
        ["err_pin_InvalidDate"] = ("ПИНдин 2–9-сандары туулган күн эмес (ККААЖЖЖЖ).", "Цифры 2–9 ПИН не являются датой рождения (ДДММГГГГ).", "Digits 2–9 of the PIN are not a date of birth (DDMMYYYY)."),
        ["err_password_missing"] = ("Сырсөздү киргизиңиз.", "Введите пароль.", "Enter your password."),
        ["err_credentials"] = ("ПИН же сырсөз туура эмес.", "Неверный ПИН или пароль.", "The PIN or password is incorrect."),
        ["err_locked"] = ("Ийгиликсиз аракеттер өтө көп. {0} кийин кайра аракет кылыңыз.", "Слишком много неудачных попыток. Повторите попытку после {0}.", "Too many failed attempts. Try again after {0}."),
        ["err_rate"] = ("Сурамдар өтө көп. {0} секунддан кийин кайра аракет кылыңыз.", "Слишком много запросов. Повторите через {0} с.", "Too many requests. Try again in {0} seconds."),
        ["err_email"] = ("Туура e-mail дарегин киргизиңиз.", "Введите правильный адрес e-mail.", "Enter a valid e-mail address."),
        ["err_code_Wrong"] = ("Код туура эмес. Дагы {0} аракет калды.", "Неверный код. Осталось попыток: {0}.", "Wrong code. Attempts left: {0}."),
        ["err_code_Expired"] = ("Коддун мөөнөтү бүттү. Жаңы код алыңыз.", "Срок действия кода истёк. Получите новый код.", "The code has expired. Get a new code."),
        ["err_code_Used"] = ("Бул код колдонулган. Жаңы код алыңыз.", "Этот код уже использован. Получите новый код.", "This code has already been used. Get a new code."),
        ["err_code_Exhausted"] = ("Туура эмес аракеттер өтө көп, код жараксыз. Жаңы код алыңыз.", "Слишком много неверных попыток: код больше не действует. Получите новый код.", "Too many wrong tries: the code no longer works. Get a new code."),
        ["err_code_NoCode"] = ("Адегенде код алыңыз.", "Сначала получите код.", "Get a code first."),
        ["err_resend_soon"] = ("Жаңы кодду {0} секунддан кийин алууга болот.", "Новый код можно получить через {0} с.", "A new code can be requested in {0} seconds."),
        ["err_resend_hour"] = ("Бир саатка коддордун саны түгөндү. {0} кийин кайра аракет кылыңыз.", "Исчерпан лимит кодов на час. Повторите после {0}.", "No more codes this hour. Try again after {0}."),
        ["err_session"] = ("Кирүү мөөнөтү бүттү. Башынан баштаңыз.", "Время входа истекло. Начните сначала.", "The sign-in has expired. Please start again."),
        ["err_unavailable"] = ("Кирүү азыр жеткиликсиз.", "Вход сейчас недоступен.", "Sign-in is not available now."),
        ["err_form"] = ("Форма эскирди. Баракты жаңылап, кайра аракет кылыңыз.", "Форма устарела. Обновите страницу и повторите.", "The form has expired. Reload the page and try again."),
    };

    public static string Get(string key, string language) => All.TryGetValue(key, out var text)
        ? language switch { "ru" => text.Ru, "en" => text.En, _ => text.Ky }
        : key;

    public static string Format(string key, string language, object argument) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), argument);

    /// <summary>A moment as Bishkek time (UTC+6), the way the pages state when to retry.</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.ToOffset(TimeSpan.FromHours(6)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " (UTC+6)";
}
