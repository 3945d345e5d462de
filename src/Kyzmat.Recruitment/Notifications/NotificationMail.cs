using System.Net;
using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Mail;

namespace Kyzmat.Recruitment.Notifications;

/// <summary>A notification as an e-mail in the citizen's language: plain text and simple HTML, no images or trackers.</summary>
internal static class NotificationMail
{
    private static readonly LocalizedText Open = new("Порталда ачуу", "Открыть на портале", "Open in the portal");

    private static readonly LocalizedText Footer = new(
        "Бул кат Kyzmat порталынан жөнөтүлдү. Билдирмелерди жеке кабинеттеги «Билдирмелер» бөлүмүндө өзгөртө аласыз.",
        "Это письмо отправлено порталом Kyzmat. Уведомления настраиваются в личном кабинете, раздел «Уведомления».",
        "This message was sent by the Kyzmat portal. You can change your notifications in your cabinet, under “Notifications”.");

    public static OutgoingMail Compose(Notification notification, string to, string language, Uri portalUrl)
    {
        var title = notification.Title.In(language);
        var body = notification.Body.In(language);
        var link = notification.Link is null ? null : new Uri(portalUrl, notification.Link.TrimStart('/')).AbsoluteUri;
        var text = body + "\n\n" + (link is null ? "" : $"{Open.In(language)}: {link}\n\n") + "—\n" + Footer.In(language) + "\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{Encode(title)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a;">
            <h1 style="font-size: 1.25em;">{Encode(title)}</h1>
            <p>{Encode(body).Replace("\n", "<br>", StringComparison.Ordinal)}</p>
            {(link is null ? "" : $"<p><a href=\"{Encode(link)}\">{Encode(Open.In(language))}</a></p>")}
            <hr><p style="font-size: 0.85em; color: #555;">{Encode(Footer.In(language))}</p>
            </body></html>
            """;
        return new OutgoingMail(to, "Kyzmat: " + title, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
