using System.Text;
using Kyzmat.Identity.Pages;
using Kyzmat.Recruitment.Mail;
using Microsoft.AspNetCore.Http;
using MimeKit;

namespace Kyzmat.Identity.Outbox;

/// <summary>Development only: the messages in the local outbox, newest first, so that a developer can read the codes.</summary>
internal static class OutboxPage
{
    /// <summary>Whether the request comes from a loopback address (a proxy on the same machine forwards as local too: do not forward <c>/dev</c>).</summary>
    public static bool IsFromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address);

    public static async Task<IResult> ShowAsync(HttpContext context, OutboxMailSender outbox)
    {
        var language = UiLanguage.Of(context);
        var body = new StringBuilder("<p class=\"hint\">").Append(PageLayout.E(outbox.Folder)).Append("</p>");
        var files = new DirectoryInfo(outbox.Folder).GetFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal).Take(50);
        foreach (var file in files)
        {
            using var message = await MimeMessage.LoadAsync(file.FullName, context.RequestAborted);
            body.Append("<article class=\"mail\"><h2>").Append(PageLayout.E(message.Subject)).Append("</h2><p class=\"hint\">")
                .Append(PageLayout.E(message.To.ToString())).Append(" · ").Append(PageLayout.E(message.Date.ToString("u")))
                .Append("</p><pre>").Append(PageLayout.E(message.TextBody)).Append("</pre></article><hr>");
        }

        return PageLayout.Html(context, language, Texts.Get("outbox_title", language), body.ToString(), wide: true);
    }
}
