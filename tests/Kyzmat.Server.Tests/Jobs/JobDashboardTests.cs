using System.Net;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Testing.Host;

namespace Kyzmat.Server.Tests.Jobs;

public sealed class JobDashboardTests
{
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("203.0.113.7", HttpStatusCode.Unauthorized)]
    public async Task Dashboard_FromAddress_IsOpenOnlyToThisMachine(string remoteAddress, HttpStatusCode expected)
    {
        await using var host = new KyzmatHostFactory(DatabaseProvider.Sqlite, connectionString: null);
        host.CreateClient().Dispose();

        var context = await host.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/hangfire";
            http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            http.Connection.LocalIpAddress = IPAddress.Parse("10.0.0.5");
        });

        Assert.Equal((int)expected, context.Response.StatusCode);
    }
}
