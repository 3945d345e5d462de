using System.Net;
using System.Text.RegularExpressions;
using Kyzmat.Identity.Tests.Infrastructure;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Identity.Tests;

/// <summary>«ИБТ аркылуу кирүү» against a test ЕСИ provider on a real socket: code + PKCE, answer by form_post.</summary>
public sealed partial class EsiFederationTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SignIn_ThroughEsi_MapsTheClaimsAndEndsWithTheEmailCode(DatabaseProvider provider)
    {
        var port = TestEnvironment.FreeTcpPort();
        var person = new EsiPerson("12512198700123", "Сыдыков", "Бакыт", "1987-12-25", "bakyt@esi.kyzmat.test", "+996 555 000 123");
        await using var esi = await TestEsiProvider.StartAsync(person, "kyzmat", $"http://127.0.0.1:{port}/account/esi/callback");
        await using var host = await IdentityTestHost.StartAsync(provider, port: port, settings: new()
        {
            ["Kyzmat:Identity:Upstream"] = "Esi",
            ["Kyzmat:Identity:Esi:Authority"] = esi.Url,
            ["Kyzmat:Identity:Esi:ClientId"] = "kyzmat",
        });
        using var browser = host.NewBrowser();
        var client = new PortalClient(host, browser);

        var page = await client.StartAsync();
        Assert.Contains("Sign in through the unified identification system", page.Html, StringComparison.Ordinal);
        Assert.Contains(">Next</button>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"pin\"", page.Html, StringComparison.Ordinal);
        var returnUrl = QueryHelpers.ParseQuery(page.Url.Query)["returnUrl"].ToString();
        await browser.GetAsync("/account/method?returnUrl=" + Uri.EscapeDataString(returnUrl));
        page = await browser.SubmitAsync("/account/esi", ("method", "cloud-signature"));

        // ЕСИ answers with a self-submitting form (response_mode=form_post): post it as the browser's script would.
        var action = FormAction().Match(page.Html);
        Assert.True(action.Success, page.Html);
        Assert.StartsWith($"http://127.0.0.1:{port}/account/esi/callback", WebUtility.HtmlDecode(action.Groups[1].Value), StringComparison.Ordinal);
        var fields = HiddenInput().Matches(page.Html).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));
        page = await browser.PostFormAsync(WebUtility.HtmlDecode(action.Groups[1].Value), fields);

        Assert.True(page.Form("/account/email") is not null, page.Error ?? page.Html);
        page = await browser.SubmitAsync("/account/email", ("email", person.Email));
        page = await browser.SubmitAsync("/account/code", ("code", await host.Smtp.NextCodeToAsync(person.Email)));
        Assert.True(page.Callback is not null, page.Error ?? page.Html);
        var tokens = await client.ExchangeAsync(page.Callback!);

        var id = tokens.IdTokenPayload();
        Assert.Equal("Сыдыков Бакыт", id.GetProperty("name").GetString());
        Assert.Equal("1987-12-25", id.GetProperty("birthdate").GetString());
        var citizen = await host.QueryAsync(db => db.Citizens.SingleAsync(c => c.Pin == person.Pin));
        Assert.Equal(person.Phone, citizen.Phone);
        Assert.True(citizen.EmailConfirmed);
        var methods = await host.QueryAsync(db => db.SignInAttempts.Where(a => a.CitizenId == citizen.Id).OrderBy(a => a.At).Select(a => a.Method).ToListAsync());
        Assert.Equal([SignInMethod.Esi, SignInMethod.EmailCode], methods);
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
