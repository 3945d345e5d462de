using System.Net;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Identity.Tests;

public sealed class PasswordStepTests
{
    [Theory]
    [InlineData("2240319901234", "The PIN has exactly 14 digits.")]
    [InlineData("2240319901234X", "The PIN consists of digits only.")]
    [InlineData("32403199012345", "The PIN starts with 1 or 2.")]
    [InlineData("23203199012345", "Digits 2–9 of the PIN are not a date of birth (DDMMYYYY).")]
    [InlineData("", "Enter your PIN.")]
    public async Task Submit_MalformedPin_SaysWhyBeforeAskingUpstream(string pin, string expected)
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var page = await SignInDriver.PasswordAsync(browser, pin, "whatever");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(expected, page.Error);
        Assert.Equal(0, await host.QueryAsync(db => db.SignInAttempts.CountAsync()));
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Submit_WrongPasswordAndUnknownPin_GetTheSameAnswerAndAreBothRecorded(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        const string unknownPin = "10101200000099";

        var wrongPassword = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, "not-the-password");
        var unknown = await SignInDriver.PasswordAsync(browser, unknownPin, DemoAccounts.CitizenPassword);

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.Status);
        Assert.Equal(wrongPassword.Status, unknown.Status);
        Assert.Equal("The PIN or password is incorrect.", wrongPassword.Error);
        Assert.Equal(wrongPassword.Error, unknown.Error);
        var attempts = await host.QueryAsync(db => db.SignInAttempts.OrderBy(a => a.At).ToListAsync());
        Assert.Equal([DemoAccounts.CitizenPin, unknownPin], attempts.Select(a => a.Pin));
        Assert.All(attempts, a => Assert.Equal(SignInOutcome.WrongCredentials, a.Outcome));
        Assert.All(attempts, a => Assert.Null(a.CitizenId)); // the citizen has never signed in: no account yet
    }

    [Fact]
    public async Task Submit_WrongPasswordOfKnownCitizen_AppearsInTheirHistory()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        await SignInDriver.PasswordAsync(browser, DemoAccounts.HrPin, "wrong");

        var hr = await host.QueryAsync(db => db.Citizens.SingleAsync(c => c.Pin == DemoAccounts.HrPin));
        var attempt = await host.QueryAsync(db => db.SignInAttempts.SingleAsync());
        Assert.Equal(hr.Id, attempt.CitizenId);
        Assert.Equal(SignInMethod.Password, attempt.Method);
    }

    [Theory]
    [InlineData("ky", "Жеке кабинетке кирүү", "Андан ары")]
    [InlineData("ru", "Вход в личный кабинет", "Далее")]
    [InlineData("en", "Enter the personal cabinet", "Next")]
    public async Task Show_InEachLanguage_UsesItsLabels(string language, string title, string next)
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync("/account/signin?lang=" + language);

        Assert.Equal(title, page.Title);
        Assert.Contains($">{next}</button>", page.Html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"pin\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithoutAntiforgeryToken_IsRefused()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();

        using var response = await browser.Http.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["pin"] = DemoAccounts.CitizenPin,
            ["password"] = DemoAccounts.CitizenPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.QueryAsync(db => db.SignInAttempts.CountAsync()));
    }
}
