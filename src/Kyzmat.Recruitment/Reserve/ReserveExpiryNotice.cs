using System.Globalization;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Reserve;

/// <summary>The notice that a personnel-reserve entry has ended.</summary>
internal static class ReserveExpiryNotice
{
    public static readonly LocalizedText Title = new(
        "Кадрлар резервиндеги мөөнөтүңүз бүттү", "Срок пребывания в кадровом резерве истёк", "Your personnel-reserve term has ended");

    public static LocalizedText Body(LocalizedText stateBodyName, DateOnly endedOn)
    {
        var date = endedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return new(
            $"Кадрлар резервиндеги ({stateBodyName.Ky}) мөөнөтүңүз {date} бүттү. Kyzmat порталында жаңы конкурстарга катыша аласыз.",
            $"Срок вашего пребывания в кадровом резерве ({stateBodyName.Ru}) истёк {date}. Вы можете участвовать в новых конкурсах на портале Kyzmat.",
            $"Your term in the personnel reserve ({stateBodyName.In("en")}) ended on {date}. You may apply in new competitions on the Kyzmat portal.");
    }
}
