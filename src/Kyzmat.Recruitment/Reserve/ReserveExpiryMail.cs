using Kyzmat.Recruitment.Mail;

namespace Kyzmat.Recruitment.Reserve;

/// <summary>The notice that a personnel-reserve entry has ended, in the citizen's language.</summary>
internal static class ReserveExpiryMail
{
    public static OutgoingMail Compose(string to, string language, string stateBodyName, DateOnly endedOn)
    {
        var date = endedOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var (subject, body) = language switch
        {
            "ru" => ("Kyzmat: срок пребывания в кадровом резерве истёк",
                $"Срок вашего пребывания в кадровом резерве ({stateBodyName}) истёк {date}. Вы можете участвовать в новых конкурсах на портале Kyzmat."),
            "en" => ("Kyzmat: your personnel-reserve term has ended",
                $"Your term in the personnel reserve ({stateBodyName}) ended on {date}. You may apply in new competitions on the Kyzmat portal."),
            _ => ("Kyzmat: кадрлар резервиндеги мөөнөтүңүз бүттү",
                $"Кадрлар резервиндеги ({stateBodyName}) мөөнөтүңүз {date} бүттү. Kyzmat порталында жаңы конкурстарга катыша аласыз."),
        };
        return new OutgoingMail(to, subject, body + "\n");
    }
}
