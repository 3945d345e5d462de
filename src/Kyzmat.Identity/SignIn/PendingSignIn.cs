using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Kyzmat.Identity.SignIn;

/// <summary>
/// A sign-in between the password and the e-mail code, kept in its own short-lived protected cookie: whose it is,
/// where to return, and which code (purpose, destination) was sent.
/// </summary>
internal sealed record PendingSignIn(Guid CitizenId, string Pin, string ReturnUrl, string? Purpose = null, string? Destination = null)
{
    public const string Scheme = "Kyzmat.PendingSignIn";

    public static async Task<PendingSignIn?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(Scheme);
        if (!result.Succeeded)
        {
            return null;
        }

        var user = result.Principal;
        return Guid.TryParse(user.FindFirstValue("cid"), out var id)
            ? new PendingSignIn(id, user.FindFirstValue("pin") ?? "", user.FindFirstValue("ret") ?? "/", user.FindFirstValue("purpose"), user.FindFirstValue("dest"))
            : null;
    }

    public Task SaveAsync(HttpContext context)
    {
        var claims = new List<Claim> { new("cid", CitizenId.ToString()), new("pin", Pin), new("ret", ReturnUrl) };
        if (Purpose is not null)
        {
            claims.Add(new Claim("purpose", Purpose));
        }

        if (Destination is not null)
        {
            claims.Add(new Claim("dest", Destination));
        }

        return context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)));
    }

    /// <summary>
    /// Only local paths: never an open redirect. As strict as ASP.NET Core's <c>IsLocalUrl</c>, and stricter: one
    /// leading slash, no second slash or backslash after it (scheme-relative), no backslash anywhere, and no control
    /// character anywhere — browsers drop tabs and line breaks from a URL, so <c>/\t/evil.example</c> would become
    /// <c>//evil.example</c>. Percent-encoded characters stay as they are: <c>/%09/evil.example</c> is a path.
    /// </summary>
    public static string SafeReturnUrl(string? url) => IsLocalPath(url) ? url! : "/account/done";

    private static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => c == '\\' || char.IsControl(c));

    public static string MaskEmail(string? email)
    {
        var at = string.IsNullOrEmpty(email) ? -1 : email.IndexOf('@', StringComparison.Ordinal);
        if (email is null || at < 1)
        {
            return "";
        }

        return email[0] + new string('*', Math.Max(1, at - 1)) + email[at..];
    }
}
