using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Kyzmat.GraphQL.Common;

/// <summary>The UI language a request asks for: ky (default), ru or en, from Accept-Language.</summary>
public static class RequestLanguage
{
    public static readonly string[] Supported = ["ky", "ru", "en"];

    public static string Of(HttpRequest request)
    {
        var preferences = request.GetTypedHeaders().AcceptLanguage;
        if (preferences is null)
        {
            return "ky";
        }

        foreach (var preference in preferences.OrderByDescending(p => p.Quality ?? 1))
        {
            var tag = preference.Value.Value ?? "";
            var language = tag.Split('-')[0].ToLowerInvariant();
            if (Supported.Contains(language))
            {
                return language;
            }
        }

        return "ky";
    }
}
