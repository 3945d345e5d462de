using System.Net;
using System.Text.RegularExpressions;

namespace Kyzmat.Testing.Host.SignIn;

/// <summary>
/// Drives the pages as a browser would: keeps cookies, follows redirects (until one leaves for a client's
/// callback, which it records instead), and posts forms with the anti-forgery token of the page on screen.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _http;

    public Browser(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("KyzmatTestBrowser/1.0 (Android 14; Mobile)");
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Redirects to URLs starting with this are not followed (a client's callback).</summary>
    public string? StopAt { get; set; }

    public BrowserPage Page { get; private set; } = new(0, new Uri("about:blank"), "", null);

    public HttpClient Http => _http;

    public async Task<BrowserPage> GetAsync(string url) => await FollowAsync(await _http.GetAsync(url));

    /// <summary>Posts the form whose action is <paramref name="action"/> on the current page.</summary>
    public async Task<BrowserPage> SubmitAsync(string action, params (string Name, string Value)[] fields)
    {
        var form = Page.Form(action) ?? throw new InvalidOperationException($"No form for {action} on {Page.Url}:\n{Page.Html}");
        var values = form.Hidden.Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)))
            .GroupBy(p => p.Key).Select(g => g.Last());
        return await FollowAsync(await _http.PostAsync(action, new FormUrlEncodedContent(values)));
    }

    /// <summary>Posts a form the way a page's script would (e.g. an OpenID Connect form_post response).</summary>
    public async Task<BrowserPage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await FollowAsync(await _http.PostAsync(url, new FormUrlEncodedContent(fields)));

    private async Task<BrowserPage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            var status = (int)response.StatusCode;
            if (status is < 300 or >= 400 || response.Headers.Location is null)
            {
                break;
            }

            var location = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location);
            if (StopAt is not null && location.ToString().StartsWith(StopAt, StringComparison.Ordinal))
            {
                return Page = new BrowserPage(response.StatusCode, response.RequestMessage!.RequestUri!, "", location);
            }

            response.Dispose();
            response = await _http.GetAsync(location);
        }

        using (response)
        {
            return Page = new BrowserPage(response.StatusCode, response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync(), null);
        }
    }

    public void Dispose() => _http.Dispose();
}
