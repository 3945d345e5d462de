using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Kyzmat.Identity.Pages;

/// <summary>
/// The frame of every sign-in page, the portal's own (web/src/layout/Header.tsx, App.tsx): the wordmark, the language
/// switch and the menu in the red header, the footer, the portal's stylesheet. Small, phone-friendly, without scripts.
/// </summary>
internal static class PageLayout
{
    /// <summary>
    /// The pages load their stylesheet and the portal's icon from this host and nothing else: no script, no inline style,
    /// no frame around them. Forms are not restricted (<c>form-action</c>): after the code, a form's redirects lead to
    /// the client's callback and to ЕСИ, other origins that a browser would check against it.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IResult Html(HttpContext context, string language, string title, string body, int status = 200, bool wide = false)
    {
        var portal = E(Texts.Get("portal", language));
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" — ").Append(portal).Append("</title>")
            .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
            .Append("<link rel=\"stylesheet\" href=\"").Append(AccountStylesheet.Href).Append("\"></head><body>")
            .Append("<a href=\"#main\" class=\"skip-link\">").Append(E(Texts.Get("skip_to_content", language))).Append("</a>")
            .Append("<header class=\"site-header\"><div class=\"site-header__inner\">")
            .Append("<a href=\"/\" class=\"brand\"><span class=\"brand__mark\" aria-hidden=\"true\">K</span><span class=\"brand__name\">")
            .Append(portal).Append("</span></a>");
        LanguageSwitch(html, context, language);
        html.Append("<nav aria-label=\"").Append(E(Texts.Get("main_navigation", language))).Append("\" class=\"site-nav\">")
            .Append("<a href=\"/\">").Append(E(Texts.Get("vacancies", language))).Append("</a></nav></div></header>")
            .Append("<main id=\"main\" tabindex=\"-1\" class=\"site-main\"><div class=\"account-page").Append(wide ? " account-page--wide" : "")
            .Append("\"><h1>").Append(E(title)).Append("</h1><div class=\"account-card\">").Append(body).Append("</div></div></main>")
            .Append("<footer class=\"site-footer\"><p>").Append(E(Texts.Get("footer", language))).Append("</p></footer></body></html>");
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>
    /// The portal's «Тил» select. It changes the language at once there; here, without scripts, it is a form that asks
    /// for the same page again with <c>?lang=</c> (see <see cref="UiLanguage"/>), keeping the rest of the query.
    /// </summary>
    private static void LanguageSwitch(StringBuilder html, HttpContext context, string language)
    {
        html.Append("<form method=\"get\" action=\"").Append(E(context.Request.PathBase + context.Request.Path)).Append("\" class=\"language-switch\">");
        foreach (var (key, values) in context.Request.Query.Where(q => q.Key is not ("lang" or "ui_locales")))
        {
            foreach (var value in values)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(E(key)).Append("\" value=\"").Append(E(value)).Append("\">");
            }
        }

        html.Append("<label for=\"language\">").Append(E(Texts.Get("language", language))).Append("</label><select id=\"language\" name=\"lang\">");
        foreach (var (code, name) in new[] { ("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English") })
        {
            html.Append("<option value=\"").Append(code).Append("\" lang=\"").Append(code).Append('"')
                .Append(code == language ? " selected" : "").Append('>').Append(name).Append("</option>");
        }

        html.Append("</select><button type=\"submit\" class=\"button button--small\">").Append(E(Texts.Get("language_apply", language))).Append("</button></form>");
    }

    // Cyrillic (ң ө ү included) stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static string Error(string? message) =>
        string.IsNullOrEmpty(message) ? "" : $"<p class=\"error\" role=\"alert\" id=\"error\">{E(message)}</p>";
}
