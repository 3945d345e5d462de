using System.Net;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;
using Kyzmat.Testing.Traits;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Identity.Tests;

public sealed class LockoutTests
{
    [SkippableTheory]
    [PostgreSqlTest]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Password_TenFailuresOnAPin_LockItUntilFifteenMinutesAfterTheLast(DatabaseProvider provider)
    {
        await using var host = await IdentityTestHost.StartAsync(provider, fakeClock: true);
        using var browser = host.NewBrowser();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("The PIN or password is incorrect.", (await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, "wrong-" + i)).Error);
        }

        var locked = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);
        host.Clock!.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var open = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.Status);
        Assert.StartsWith("Too many failed attempts. Try again after ", locked.Error, StringComparison.Ordinal);
        Assert.EndsWith("(UTC+6).", locked.Error, StringComparison.Ordinal);
        Assert.Equal(locked.Error, stillLocked.Error);
        Assert.Null(open.Error);
        Assert.NotNull(open.Form("/account/method"));
        var outcomes = await host.QueryAsync(db => db.SignInAttempts.OrderBy(a => a.At).Select(a => a.Outcome).ToListAsync());
        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.WrongCredentials, 10), SignInOutcome.LockedOut, SignInOutcome.LockedOut, SignInOutcome.Succeeded], outcomes);
    }

    [Fact]
    public async Task Password_TenFailuresOnAnUnknownPin_LockItTheSameWay()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite);
        using var browser = host.NewBrowser();
        for (var i = 0; i < 10; i++)
        {
            await SignInDriver.PasswordAsync(browser, "10101200000099", "wrong-" + i);
        }

        var locked = await SignInDriver.PasswordAsync(browser, "10101200000099", "wrong");
        var otherPin = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);

        Assert.StartsWith("Too many failed attempts.", locked.Error, StringComparison.Ordinal);
        Assert.Null(otherPin.Error);
    }

    [Fact]
    public async Task Password_ManyFailuresFromOneAddress_LockTheAddressForEveryPin()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new()
        {
            ["Kyzmat:Identity:Lockout:MaxFailuresPerAddress"] = "4",
        });
        using var browser = host.NewBrowser();
        for (var i = 0; i < 4; i++)
        {
            await SignInDriver.PasswordAsync(browser, $"1010120000009{i}", "wrong");
        }

        var page = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);

        Assert.StartsWith("Too many failed attempts.", page.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_FailuresFromAddressesOfOneIpv6Network_LockThatNetwork_NotItsNeighbour()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new()
        {
            ["Kyzmat:Identity:Lockout:MaxFailuresPerAddress"] = "4",
            ["Kyzmat:Proxy:KnownProxies:0"] = "127.0.0.1",
        });
        using var browser = host.NewBrowser();
        for (var i = 1; i <= 4; i++)
        {
            ComeFrom(browser, $"2001:db8:1:2::{i}"); // one client rotating through its /64
            await SignInDriver.PasswordAsync(browser, $"1010120000009{i}", "wrong");
        }

        ComeFrom(browser, "2001:db8:1:2:ffff::9");
        var sameNetwork = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);
        ComeFrom(browser, "2001:db8:1:3::1");
        var neighbour = await SignInDriver.PasswordAsync(browser, DemoAccounts.CitizenPin, DemoAccounts.CitizenPassword);

        Assert.StartsWith("Too many failed attempts.", sameNetwork.Error, StringComparison.Ordinal);
        Assert.Null(neighbour.Error);
    }

    private static void ComeFrom(Browser browser, string address)
    {
        browser.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
    }

    [Fact]
    public async Task SignInPosts_AboveTheRateLimit_AreRefusedWithRetryAfter()
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite, settings: new()
        {
            ["Kyzmat:Identity:SignInRequestsPerMinute"] = "3",
        });
        using var browser = host.NewBrowser();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInDriver.PasswordAsync(browser, "123", "x")).Status);
        }

        var refused = await SignInDriver.PasswordAsync(browser, "123", "x");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Matches(@"^Too many requests\. Try again in \d+ seconds\.$", refused.Error);
    }
}
