using System.Net;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Identity.Tests;

/// <summary>The whole sign-in as the manual describes it, from the authorization request to tokens.</summary>
public sealed class SignInFlowTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SignIn_NewCitizenThroughEveryStep_AsksForEmailThenIssuesTokens(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        browser.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        var client = new PortalClient(host, browser);

        var page = await client.StartAsync();
        Assert.Equal("Жеке кабинетке кирүү", page.Title);
        Assert.Contains("ПИН", page.Html, StringComparison.Ordinal);
        Assert.Contains("«Түндүк» сырсөзү", page.Html, StringComparison.Ordinal);
        Assert.Contains("Андан ары", page.Html, StringComparison.Ordinal);

        page = await browser.SubmitAsync("/account/signin", ("pin", DemoAccounts.NewCitizenPin), ("password", DemoAccounts.CitizenPassword));
        Assert.Contains("Булуттук электрондук колтамга", page.Html, StringComparison.Ordinal);

        page = await browser.SubmitAsync("/account/method", ("method", "cloud-signature"));
        Assert.Contains("E-mail аркылуу код алуу", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"email\"", page.Html, StringComparison.Ordinal);

        page = await browser.SubmitAsync("/account/email", ("email", "aigul@demo.kyzmat.test"));
        Assert.Contains("Текшерүү коду", page.Html, StringComparison.Ordinal);
        var message = await host.Smtp.NextMessageToAsync("aigul@demo.kyzmat.test");
        Assert.Contains("Текшерүү коду", message.TextBody, StringComparison.Ordinal);

        page = await browser.SubmitAsync("/account/code", ("code", Testing.Mail.TestSmtpServer.CodeIn(message)));
        Assert.NotNull(page.Callback);
        var tokens = await client.ExchangeAsync(page.Callback!);

        Assert.NotNull(tokens.RefreshToken);
        var id = tokens.IdTokenPayload();
        Assert.Equal("Асанова Айгүл Бакытовна", id.GetProperty("name").GetString());
        Assert.Equal("aigul@demo.kyzmat.test", id.GetProperty("email").GetString());
        Assert.Equal("1990-03-24", id.GetProperty("birthdate").GetString());
        using var me = await client.GetWithTokenAsync("/api/me", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var json = await PortalClient.JsonAsync(me);
        Assert.Equal(["citizen"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var citizen = await host.QueryAsync(db => db.Citizens.SingleAsync(c => c.Pin == DemoAccounts.NewCitizenPin));
        Assert.True(citizen.EmailConfirmed);
        Assert.Equal("aigul@demo.kyzmat.test", citizen.Email);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SignIn_HrReviewerWithConfirmedEmail_GoesStraightToCodeAndCarriesScopedRole(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();

        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test");

        var id = tokens.IdTokenPayload();
        Assert.Equal(["citizen", "hr"], id.GetProperty("role").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("minfin", id.GetProperty("hr_body").GetString());
        using var me = await new PortalClient(host, browser).GetWithTokenAsync("/api/me", tokens.AccessToken);
        var json = await PortalClient.JsonAsync(me);
        Assert.Equal(["minfin"], json.GetProperty("hrBodies").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task SignIn_LeadReviewer_CarriesHrForTheLedBodyToo()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        var pin = DemoAccounts.HrPinOfBody(2);
        var (email, ownBody) = await host.QueryAsync(async db => (
            await db.SandboxCitizens.Where(s => s.Pin == pin).Select(s => s.Email!).SingleAsync(),
            await db.RoleGrants.Where(g => g.Role == KyzmatRoles.Hr && db.Citizens.Any(c => c.Id == g.CitizenId && c.Pin == pin)).Select(g => g.StateBody!.Code).SingleAsync()));
        await using (var db = host.NewDbContext())
        {
            var reviewer = await db.Citizens.SingleAsync(c => c.Pin == pin);
            var minfin = await db.StateBodies.SingleAsync(b => b.Code == "minfin");
            db.RoleGrants.Add(new RoleGrant { CitizenId = reviewer.Id, Role = KyzmatRoles.HrLead, StateBodyId = minfin.Id, GrantedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var tokens = await SignInDriver.SignInAsync(host, browser, pin, DemoAccounts.HrPassword, email);

        var id = tokens.IdTokenPayload();
        Assert.Equal(["citizen", "hr", "hr-lead"], id.GetProperty("role").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "minfin", ownBody }.Order(StringComparer.Ordinal), id.GetProperty("hr_body").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        using var me = await new PortalClient(host, browser).GetWithTokenAsync("/api/me", tokens.AccessToken);
        var json = await PortalClient.JsonAsync(me);
        Assert.Contains("minfin", json.GetProperty("hrBodies").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task SignIn_Administrator_CarriesAdminRole()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var tokens = await SignInDriver.SignInAsync(host, browser, DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test");

        Assert.Contains("admin", tokens.IdTokenPayload().GetProperty("role").EnumerateArray().Select(r => r.GetString()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SignIn_Completed_RecordsPasswordAndCodeStepsInHistory(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();

        await SignInDriver.SignInAsync(host, browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword, "nurlan@demo.kyzmat.test", giveEmail: true);

        var history = await host.QueryAsync(db => db.SignInAttempts.Where(a => a.Pin == DemoAccounts.CitizenPin).OrderBy(a => a.At).ToListAsync());
        Assert.Equal(
            [(SignInMethod.Password, SignInOutcome.Succeeded), (SignInMethod.EmailCode, SignInOutcome.Succeeded)],
            history.Select(a => (a.Method, a.Outcome)));
        Assert.All(history, a =>
        {
            Assert.NotNull(a.CitizenId);
            Assert.Equal("127.0.0.1", a.ClientAddress);
            Assert.StartsWith("KyzmatTestBrowser/1.0", a.UserAgent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SignIn_SecondTime_SendsCodeToConfirmedAddressWithoutAskingAgain()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using (var first = host.NewBrowser())
        {
            await SignInDriver.SignInAsync(host, first, DemoAccounts.NewCitizenPin, DemoAccounts.CitizenPassword, "aigul@demo.kyzmat.test", giveEmail: true);
        }

        using var second = host.NewBrowser();
        await new PortalClient(host, second).StartAsync();
        await SignInDriver.PasswordAsync(second, DemoAccounts.NewCitizenPin, DemoAccounts.CitizenPassword);
        var page = await second.SubmitAsync("/account/method", ("method", "cloud-signature"));

        Assert.DoesNotContain("name=\"email\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("a****@demo.kyzmat.test", page.Html, StringComparison.Ordinal);
    }
}
