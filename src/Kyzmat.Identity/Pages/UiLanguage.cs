using Microsoft.AspNetCore.Http;

namespace Kyzmat.Identity.Pages;

/// <summary>The language of a page: <c>?lang=</c> (remembered in a cookie), the cookie, the browser's, else Kyrgyz.</summary>
internal static class UiLanguage
{
    public const string Cookie = "kyzmat-lang";
    public static readonly string[] Supported = ["ky", "ru", "en"];

    public static string Of(HttpContext context)
    {
        var asked = Normalize(context.Request.Query["lang"].ToString()) ?? Normalize(context.Request.Query["ui_locales"].ToString());
        if (asked is not null)
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return asked;
        }

        if (Normalize(context.Request.Cookies[Cookie]) is { } remembered)
        {
            return remembered;
        }

        foreach (var header in context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            if (Normalize(header.Value.Value) is { } browser)
            {
                return browser;
            }
        }

        return "ky";
    }

    private static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var first = value.Split([' ', ',', '-', '_'], StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
        return Supported.Contains(first) ? first : null;
    }
}
