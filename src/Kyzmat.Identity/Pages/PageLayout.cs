using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Kyzmat.Identity.Pages;

/// <summary>The frame of every sign-in page: small, phone-friendly, readable without scripts, with a language switch.</summary>
internal static class PageLayout
{
    private const string Style = """
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1f24;background:#f3f5f8}
        header{background:#0b4f8a;color:#fff;padding:.75rem 1rem;display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem}
        header a{color:#fff}nav a{margin-left:.75rem}main{max-width:28rem;margin:1.5rem auto;padding:1.25rem;background:#fff;border-radius:.5rem}
        h1{font-size:1.4rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
        input{width:100%;font-size:1.1rem;padding:.6rem;border:1px solid #8a94a3;border-radius:.3rem}
        input:focus,button:focus{outline:3px solid #f0b400;outline-offset:1px}
        .hint{color:#4a5563;font-size:.9rem;margin:.2rem 0}.error{color:#a4001d;background:#fde8ec;padding:.6rem;border-radius:.3rem}
        .note{background:#e8f1fb;padding:.6rem;border-radius:.3rem}
        button{display:block;width:100%;margin-top:1.25rem;padding:.75rem;font-size:1.1rem;border:0;border-radius:.3rem;background:#0b4f8a;color:#fff;cursor:pointer}
        button.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}
        """;

    public static IResult Html(HttpContext context, string language, string title, string body, int status = 200)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" — Kyzmat</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><a href=\"/\">").Append(E(Texts.Get("portal", language))).Append("</a><nav aria-label=\"Тил / Язык / Language\">");
        foreach (var (code, name) in new[] { ("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English") })
        {
            html.Append("<a href=\"").Append(E(LanguageLink(context, code))).Append("\" lang=\"").Append(code).Append('"')
                .Append(code == language ? " aria-current=\"true\"" : "").Append('>').Append(name).Append("</a>");
        }

        html.Append("</nav></header><main><h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    // Cyrillic (ң ө ү included) stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static string Error(string? message) =>
        string.IsNullOrEmpty(message) ? "" : $"<p class=\"error\" role=\"alert\" id=\"error\">{E(message)}</p>";

    private static string LanguageLink(HttpContext context, string language)
    {
        var query = context.Request.Query
            .Where(q => q.Key is not ("lang" or "ui_locales"))
            .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create("lang", (string?)language));
        return context.Request.PathBase + context.Request.Path + QueryString.Create(query);
    }
}
