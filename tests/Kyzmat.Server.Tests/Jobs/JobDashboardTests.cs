using System.Net;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;
using Kyzmat.Testing.Host.SignIn;

namespace Kyzmat.Server.Tests.Jobs;

public sealed class JobDashboardTests
{
    private static async Task<int> StatusAsync(KyzmatHostFactory host, string remoteAddress, string? forwardedFor = null)
    {
        host.CreateClient().Dispose();
        var context = await host.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/hangfire";
            http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            http.Connection.LocalIpAddress = IPAddress.Parse("10.0.0.5");
            if (forwardedFor is not null)
            {
                http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        return context.Response.StatusCode;
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("203.0.113.7", HttpStatusCode.Unauthorized)]
    public async Task InDevelopment_TheDashboardIsOpenToThisMachine_AndNotToOthers(string remoteAddress, HttpStatusCode expected)
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);

        Assert.Equal((int)expected, await StatusAsync(host, remoteAddress));
    }

    [Fact]
    public async Task WithLoopbackSwitchedOff_ARequestFromThisMachine_IsNotLetIn()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:Jobs:DashboardFromLoopback"] = "false";

        Assert.Equal((int)HttpStatusCode.Unauthorized, await StatusAsync(host, "127.0.0.1"));
    }

    [Fact]
    public async Task ForwardedFor_IsBelievedFromAConfiguredProxyOnly()
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.Settings["Kyzmat:Proxy:KnownProxies:0"] = "10.0.0.9";

        // A known proxy saying its client is this machine: the client is this machine. Anyone else saying so: not believed.
        Assert.Equal((int)HttpStatusCode.OK, await StatusAsync(host, "10.0.0.9", forwardedFor: "127.0.0.1"));
        Assert.Equal((int)HttpStatusCode.Unauthorized, await StatusAsync(host, "203.0.113.7", forwardedFor: "127.0.0.1"));
        // And a client behind the known proxy is not this machine, although the proxy's own connection would be local there.
        Assert.Equal((int)HttpStatusCode.Unauthorized, await StatusAsync(host, "10.0.0.9", forwardedFor: "203.0.113.7"));
    }

    [Theory]
    [InlineData(DemoAccounts.AdminPin, DemoAccounts.AdminPassword, "admin@demo.kyzmat.test", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.HrPin, DemoAccounts.HrPassword, "hr.minfin@demo.kyzmat.test", HttpStatusCode.Unauthorized)]
    public async Task SignedInToThePortal_AnAdministratorIsLetIn_AndAReviewerIsNot(string pin, string password, string email, HttpStatusCode expected)
    {
        await using var host = await IdentityTestHost.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Kyzmat:Jobs:DashboardFromLoopback"] = "false" });
        using var browser = host.NewBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/hangfire")).Status);

        await SignInDriver.UpToCodeAsync(browser, pin, password);
        await browser.SubmitAsync("/account/code", ("code", await host.Smtp.NextCodeToAsync(email)));

        Assert.Equal(expected, (await browser.GetAsync("/hangfire")).Status);
    }
}
