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
    };

    public static string Format(string code, string language, params object[] arguments)
    {
        var text = Messages.TryGetValue(code, out var message) ? message.In(language) : code;
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }
}
