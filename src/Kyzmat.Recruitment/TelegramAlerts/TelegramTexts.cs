using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.TelegramAlerts;

/// <summary>What the bot says in the chat.</summary>
internal static class TelegramTexts
{
    public static readonly LocalizedText Connected = new(
        "Kyzmat: Telegram аркылуу эскертмелер туташтырылды. Өчүрүү үчүн /stop жазыңыз.",
        "Kyzmat: уведомления в Telegram подключены. Чтобы отключить, отправьте /stop.",
        "Kyzmat: Telegram alerts are connected. Send /stop to turn them off.");

    public static readonly LocalizedText Stopped = new(
        "Kyzmat: Telegram аркылуу эскертмелер өчүрүлдү.",
        "Kyzmat: уведомления в Telegram отключены.",
        "Kyzmat: Telegram alerts are turned off.");

    /// <summary>Said when the chat's citizen is not known yet: in both official languages.</summary>
    public const string LinkInvalid =
        "Kyzmat: шилтеменин мөөнөтү бүткөн же ал колдонулган. Жеке кабинеттен жаңы шилтеме алыңыз.\n" +
        "Kyzmat: ссылка устарела или уже использована. Получите новую в личном кабинете.";

    public const string Hello =
        "Kyzmat: эскертмелерди алуу үчүн жеке кабинеттеги «Telegram аркылуу эскертмелер» бөлүмүндөгү шилтемени басыңыз.\n" +
        "Kyzmat: чтобы получать уведомления, откройте ссылку в разделе «Уведомления в Telegram» личного кабинета.";
}
