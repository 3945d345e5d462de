using System.Globalization;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Notifications;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// What the citizen is told when their application moves on without their own hand (and when it is filed): the
/// notification's kind and wording in the three languages; null for steps the citizen took themselves.
/// </summary>
internal static class ApplicationNotices
{
    public static (NotificationKind Kind, LocalizedText Title, LocalizedText Body)? For(Application application, string actor, string? reason, int? score)
    {
        var number = application.Number;
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var points = score?.ToString(CultureInfo.InvariantCulture);
        return application.Status switch
        {
            ApplicationStatus.Filed => (NotificationKind.ApplicationStatus,
                new("Арызыңыз тапшырылды", "Ваше заявление подано", "Your application is filed"),
                new($"{number} арызына кол коюлуп, мамлекеттик органга жөнөтүлдү. Документтериңизди кадр кызматы карайт.",
                    $"Заявление {number} подписано и направлено в государственный орган. Документы рассмотрит кадровая служба.",
                    $"Application {number} is signed and sent to the state body. Its HR service will review your documents.")),
            ApplicationStatus.AdmittedToTesting => (NotificationKind.ApplicationStatus,
                new("Тестирлөөгө жиберилдиңиз", "Вы допущены к тестированию", "You are admitted to testing"),
                new($"{number} арызы боюнча документтериңиз кабыл алынды.", $"Документы по заявлению {number} приняты.", $"Your documents for application {number} are accepted.")),
            ApplicationStatus.Interview => (NotificationKind.ApplicationStatus,
                new("Аңгемелешүүгө чакырыласыз", "Вы приглашены на собеседование", "You are invited to the interview"),
                new($"{number}: тесттин жыйынтыгы {points} балл.", $"{number}: результат теста — {points} баллов.", $"{number}: your test score is {points}.")),
            ApplicationStatus.Appointed => (NotificationKind.ApplicationStatus,
                new("Сиз конкурста жеңдиңиз", "Вы победили в конкурсе", "You won the competition"),
                new($"{number}: конкурстук комиссия сизди кызмат ордуна дайындоону сунуштады.", $"{number}: конкурсная комиссия рекомендовала назначить вас на должность.", $"{number}: the commission recommended appointing you to the post.")),
            ApplicationStatus.InReserve => (NotificationKind.Reserve,
                new("Сиз кадрлар резервине киргизилдиңиз", "Вы включены в кадровый резерв", "You are in the personnel reserve"),
                new($"{number}: конкурстун жыйынтыгы боюнча сиз «Кадрлар резерви» бөлүмүндө көрсөтүлдүңүз.", $"{number}: по итогам конкурса вы включены в кадровый резерв.", $"{number}: after the competition you are in the personnel reserve.")),
            ApplicationStatus.Refused => (NotificationKind.ApplicationStatus,
                new("Арызыңыз четке кагылды", "Ваше заявление отклонено", "Your application was refused"),
                Refusal(number, why, points)),
            ApplicationStatus.Cancelled when actor != "citizen" => (NotificationKind.ApplicationStatus,
                new("Арызыңыз жокко чыгарылды", "Ваше заявление отменено", "Your application was cancelled"),
                why is null
                    ? new($"{number}: арызга мөөнөтүндө кол коюлган жок.", $"{number}: заявление не было подписано до срока.", $"{number}: the application was not signed before the deadline.")
                    : CompetitionCancellation.ClosedBeforeSigning.Has(why)
                        ? CompetitionCancellation.ClosedBeforeSigning.Prefixed(number + ": ")
                        : new($"{number}: {why}", $"{number}: {why}", $"{number}: {why}")),
            _ => null,
        };
    }

    private static LocalizedText Refusal(string number, string? reason, string? points) => reason is not null
        ? new($"{number}. Себеби: {reason}", $"{number}. Причина: {reason}", $"{number}. Reason: {reason}")
        : new($"{number}: тесттин жыйынтыгы {points} балл, өтүү баллынан төмөн.", $"{number}: результат теста — {points} баллов, ниже проходного.", $"{number}: your test score {points} is below the pass mark.");
}
