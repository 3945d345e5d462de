using System.Net;
using System.Text.RegularExpressions;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;

namespace Kyzmat.Identity.Tests;

/// <summary>The sign-in pages wear the portal's frame: its header, language switch, footer and stylesheet.</summary>
public sealed partial class PageLayoutTests
{
    [Fact]
    public async Task Show_LinksThePortalsStylesheet_WhichIsCachedByItsVersion()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync("/account/signin?lang=ky");

        Assert.Contains("<header class=\"site-header\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"brand__name\">Кыргыз Республикасынын Вакансиялар порталы</span>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<footer class=\"site-footer\">", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Html, StringComparison.Ordinal);
        var href = WebUtility.HtmlDecode(Stylesheet().Match(page.Html).Groups[1].Value);
        Assert.Matches("^/account/style\\.css\\?v=[0-9a-f]{16}$", href);

        using var css = await browser.Http.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", css.Headers.GetValues("X-Content-Type-Options").Single());
        var text = await css.Content.ReadAsStringAsync();
        var frame = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "web", "src", "frame.css"));
        Assert.StartsWith(frame, text, StringComparison.Ordinal); // the portal's own file, not a copy of it
        Assert.Contains(".account-card", text, StringComparison.Ordinal);

        // Another version's address is served, but revalidated; an unchanged one costs a 304.
        using var other = await browser.Http.GetAsync("/account/style.css?v=0123456789abcdef");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("no-cache", other.Headers.CacheControl?.ToString());
        using var again = new HttpRequestMessage(HttpMethod.Get, href);
        again.Headers.IfNoneMatch.Add(css.Headers.ETag!);
        using var notModified = await browser.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/account/signin", HttpStatusCode.OK)]
    [InlineData("/account/code", HttpStatusCode.BadRequest)] // no sign-in under way: the error page
    public async Task Show_SendsAContentSecurityPolicy_ThatAllowsOnlyTheHostsStylesheetAndIcon(string path, HttpStatusCode status)
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        using var response = await browser.Http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task LanguageSwitch_AsksForTheSamePageInTheChosenLanguage_KeepingItsQuery()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        const string returnUrl = "/connect/authorize?client_id=kyzmat-web&scope=openid";

        var page = await browser.GetAsync("/account/signin?lang=ky&returnUrl=" + Uri.EscapeDataString(returnUrl));

        var form = LanguageForm().Match(page.Html);
        Assert.True(form.Success, page.Html);
        Assert.Equal("/account/signin", WebUtility.HtmlDecode(form.Groups[1].Value));
        Assert.Contains($"<input type=\"hidden\" name=\"returnUrl\" value=\"{WebUtility.HtmlEncode(returnUrl)}\">", form.Value, StringComparison.Ordinal);
        Assert.Contains("<label for=\"language\">Тил</label><select id=\"language\" name=\"lang\">", form.Value, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ky\" lang=\"ky\" selected>Кыргызча</option>", form.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"lang\" value", form.Value, StringComparison.Ordinal);

        // What the browser asks for when «Русский» is chosen: the form's fields as a query.
        page = await browser.GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl) + "&lang=ru");
        Assert.Equal("Вход в личный кабинет", page.Title);
        Assert.Contains("<html lang=\"ru\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ru\" lang=\"ru\" selected>Русский</option>", page.Html, StringComparison.Ordinal);
        Assert.Equal(returnUrl, page.Form("/account/signin")!.Hidden.Single(f => f.Key == "returnUrl").Value);

        // The choice is remembered for the next page, as with ?lang= before.
        page = await browser.GetAsync("/account/signin");
        Assert.Contains("<html lang=\"ru\">", page.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<form method=\"get\" action=\"([^\"]*)\" class=\"language-switch\">.*?</form>", RegexOptions.Singleline)]
    private static partial Regex LanguageForm();
}
