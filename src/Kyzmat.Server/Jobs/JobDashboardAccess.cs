using System.Net;
using Hangfire.Dashboard;
using Kyzmat.Identity;
using Kyzmat.Recruitment.Citizens;
using Kyzmat.Recruitment.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Server.Jobs;

/// <summary>
/// The job dashboard (job arguments, mail bodies, delete and requeue) is for administrators: someone signed in to the
/// portal's identity pages whose <c>admin</c> grant is in the database now (a revoked grant stops at once). In
/// Development a request from this machine is let in too (<c>Kyzmat:Jobs:DashboardFromLoopback</c>); elsewhere that is
/// off by default, because behind a proxy on the same machine every request comes from loopback.
/// </summary>
public sealed class JobDashboardAccess(bool fromLoopback) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (fromLoopback && IsLocal(http))
        {
            return true;
        }

        var session = await http.AuthenticateAsync(KyzmatIdentityDefaults.SessionScheme);
        if (!session.Succeeded || !Guid.TryParse(session.Principal.FindFirst("sub")?.Value, out var citizenId))
        {
            return false;
        }

        var db = http.RequestServices.GetRequiredService<KyzmatDbContext>();
        return await db.RoleGrants.AsNoTracking().AnyAsync(g => g.CitizenId == citizenId && g.Role == KyzmatRoles.Admin, http.RequestAborted);
    }

    public static bool IsLocal(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        return remote is not null && (IPAddress.IsLoopback(remote) || remote.Equals(http.Connection.LocalIpAddress));
    }
}
