using System.Net;
using Hangfire.Dashboard;

namespace Kyzmat.Server.Jobs;

/// <summary>
/// The job dashboard answers requests from this machine only, until administrators can sign in
/// (then the filter asks for the admin role instead).
/// </summary>
public sealed class LocalRequestsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => IsLocal(context.GetHttpContext());

    public static bool IsLocal(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        return remote is not null && (IPAddress.IsLoopback(remote) || remote.Equals(http.Connection.LocalIpAddress));
    }
}
