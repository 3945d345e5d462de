using System.Net;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kyzmat.Identity.Tests;

public sealed class CodeStepTests
{
    private const string Email = "hr.minfin@demo.kyzmat.test";

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Confirm_AfterTenMinutes_SaysTheCodeExpired(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider, fakeClock: true);
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);
        var code = await host.Smtp.NextCodeToAsync(Email);

        host.Clock!.Advance(TimeSpan.FromMinutes(10));
        var page = await browser.SubmitAsync("/account/code", ("code", code));

        Assert.Null(page.Callback);
        Assert.Equal("The code has expired. Get a new code.", page.Error);
    }

    [Fact]
    public async Task Confirm_SameCodeReplayedWithTheSameCookies_IsRefusedAsUsed()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);
        var code = await host.Smtp.NextCodeToAsync(Email);
        var cookies = browser.Cookies.GetCookieHeader(host.BaseAddress);
        var form = browser.Page.Form("/account/code")!.Hidden.Append(KeyValuePair.Create("code", code)).ToList();

        var first = await browser.SubmitAsync("/account/code", ("code", code));
        using var replay = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/code") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookies);
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var second = await replay.SendAsync(request);

        Assert.Contains("You are signed in", first.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("This code has already been used. Get a new code.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Confirm_SixthTryAfterFiveWrongCodes_IsRefusedEvenWithTheRightCode(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);
        var code = await host.Smtp.NextCodeToAsync(Email);
        var wrong = code == "000000" ? "111111" : "000000";

        var errors = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            errors.Add((await browser.SubmitAsync("/account/code", ("code", wrong))).Error);
        }

        var sixth = await browser.SubmitAsync("/account/code", ("code", code));

        Assert.Equal("Wrong code. Attempts left: 4.", errors[0]);
        Assert.Equal("Wrong code. Attempts left: 1.", errors[3]);
        Assert.Equal("Too many wrong tries: the code no longer works. Get a new code.", errors[4]);
        Assert.Null(sixth.Callback);
        Assert.Equal("Too many wrong tries: the code no longer works. Get a new code.", sixth.Error);
        var outcomes = await host.QueryAsync(db => db.SignInAttempts.Where(a => a.Method == SignInMethod.EmailCode).Select(a => a.Outcome).ToListAsync());
        Assert.Equal(4, outcomes.Count(o => o == SignInOutcome.WrongCode));
    }

    [Fact]
    public async Task Resend_WithinSixtySeconds_SaysWhenThenSendsANewCodeThatReplacesTheOld()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, fakeClock: true);
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);
        var older = await host.Smtp.NextCodeToAsync(Email);

        host.Clock!.Advance(TimeSpan.FromSeconds(20));
        var tooSoon = await browser.SubmitAsync("/account/email", ("email", Email));
        host.Clock.Advance(TimeSpan.FromSeconds(41));
        var resent = await browser.SubmitAsync("/account/email", ("email", Email));
        var newer = await host.Smtp.NextCodeToAsync(Email);

        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.Status);
        Assert.Equal("A new code can be requested in 40 seconds.", tooSoon.Error);
        Assert.Null(resent.Error);
        if (older != newer)
        {
            Assert.StartsWith("Wrong code.", (await browser.SubmitAsync("/account/code", ("code", older))).Error, StringComparison.Ordinal);
        }

        Assert.Contains("You are signed in", (await browser.SubmitAsync("/account/code", ("code", newer))).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_SixthInAnHour_SaysWhenCodesCanBeAskedAgain()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, fakeClock: true);
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);
        for (var i = 0; i < 4; i++)
        {
            host.Clock!.Advance(TimeSpan.FromSeconds(61));
            Assert.Null((await browser.SubmitAsync("/account/email", ("email", Email))).Error);
        }

        host.Clock!.Advance(TimeSpan.FromSeconds(61));
        var refused = await browser.SubmitAsync("/account/email", ("email", Email));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.StartsWith("No more codes this hour. Try again after ", refused.Error, StringComparison.Ordinal);
    }
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Code_IsMailedWithoutEverBeingWrittenToTheJobStore(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider);
        using var browser = host.NewBrowser();
        await SignInDriver.UpToCodeAsync(browser, DemoAccounts.HrPin, DemoAccounts.HrPassword);
        var code = await host.Smtp.NextCodeToAsync(Email);

        var storage = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var jobs = storage.SucceededJobs(0, 1000).Select(j => j.Value.Job)
            .Concat(storage.ProcessingJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(storage.FailedJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(storage.ScheduledJobs(0, 1000).Select(j => j.Value.Job))
            .Concat(storage.Queues().SelectMany(q => storage.EnqueuedJobs(q.Name, 0, 1000)).Select(j => j.Value.Job))
            .Where(j => j is not null).ToList();

        Assert.Matches("^[0-9]{6}$", code);
        Assert.DoesNotContain(jobs, j => j.Type == typeof(Kyzmat.Recruitment.Mail.MailDeliveryJob));
        Assert.DoesNotContain(jobs, j => j.Args.Any(a => a?.ToString()?.Contains(code, StringComparison.Ordinal) == true));
    }
}
