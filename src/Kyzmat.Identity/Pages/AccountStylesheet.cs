using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Kyzmat.Identity.Pages;

/// <summary>
/// The sign-in pages' one stylesheet: the portal's frame (<c>web/src/frame.css</c>, the same file the portal's bundle
/// imports) followed by the pages' own rules (<c>account.css</c>), both embedded in this assembly. Pages link it with
/// the content's hash in the query; that address is cached for a year, any other one is revalidated by its ETag.
/// </summary>
internal static class AccountStylesheet
{
    public const string Path = "/account/style.css";

    private static readonly byte[] Content = Encoding.UTF8.GetBytes(Read("frame.css") + "\n" + Read("account.css"));

    public static readonly string Version = Convert.ToHexStringLower(SHA256.HashData(Content))[..16];

    public static readonly string Href = Path + "?v=" + Version;

    private static readonly EntityTagHeaderValue Tag = new('"' + Version + '"');

    public static IResult Serve(HttpContext context)
    {
        // An address with another version (a page from another release, on another host) must not stick.
        context.Response.Headers.CacheControl = context.Request.Query["v"] == Version ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(Content, "text/css; charset=utf-8", entityTag: Tag);
    }

    private static string Read(string name)
    {
        using var stream = typeof(AccountStylesheet).Assembly.GetManifestResourceStream("Kyzmat.Identity.Pages." + name)
            ?? throw new InvalidOperationException($"The stylesheet {name} is not embedded in Kyzmat.Identity.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
