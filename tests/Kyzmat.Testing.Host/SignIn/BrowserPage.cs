using System.Net;
using System.Text.RegularExpressions;

namespace Kyzmat.Testing.Host.SignIn;

/// <summary>A page as the browser shows it, or the callback URL it was sent to.</summary>
public sealed partial record BrowserPage(HttpStatusCode Status, Uri Url, string Html, Uri? Callback)
{
    /// <summary>The text of the page's error box, or null.</summary>
    public string? Error => ErrorBox().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public string Title => WebUtility.HtmlDecode(Heading().Match(Html).Groups[1].Value);

    public BrowserForm? Form(string action)
    {
        foreach (Match form in Forms().Matches(Html))
        {
            if (WebUtility.HtmlDecode(form.Groups[1].Value) == action)
            {
                var hidden = Hidden().Matches(form.Groups[2].Value)
                    .Select(h => KeyValuePair.Create(WebUtility.HtmlDecode(h.Groups[1].Value), WebUtility.HtmlDecode(h.Groups[2].Value)))
                    .ToList();
                return new BrowserForm(action, hidden);
            }
        }

        return null;
    }

    [GeneratedRegex("<p class=\"error\"[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ErrorBox();

    [GeneratedRegex("<h1>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex Hidden();
}
