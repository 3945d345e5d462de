using Kyzmat.Identity.Http;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.SignInHistory;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kyzmat.Identity.SignIn;

/// <summary>
/// Records every sign-in attempt («Кирүү тарыхы») and derives lockout from those records: too many failures on a
/// PIN (since its last complete sign-in) or from a client (an IPv4 address or an IPv6 /64) within the window lock it until the duration
/// has passed since the last failure. Unknown PINs are counted like known ones, so lockout reveals nothing.
/// </summary>
internal sealed class SignInGuard(KyzmatDbContext db, TimeProvider clock, IOptions<KyzmatIdentityOptions> options)
{
    private LockoutOptions Lockout => options.Value.Lockout;

    /// <param name="network">The client's <see cref="ClientNetwork.LimitKeyOf(HttpContext)"/>: one IPv6 client cannot rotate past the lockout.</param>
    public async Task<DateTimeOffset?> LockedUntilAsync(string? pin, string? network, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Lockout.Window;
        DateTimeOffset? until = null;
        if (pin is not null)
        {
            var rows = await db.SignInAttempts.AsNoTracking().Where(a => a.Pin == pin && a.At > since)
                .Select(a => new Row(a.At, a.Method, a.Outcome)).ToListAsync(cancellationToken);
            var lastSuccess = rows.Where(r => r.Method == SignInMethod.EmailCode && r.Outcome == SignInOutcome.Succeeded)
                .Select(r => (DateTimeOffset?)r.At).Max();
            until = Until(rows.Where(r => lastSuccess is null || r.At > lastSuccess), Lockout.MaxFailuresPerPin);
        }

        if (network is not null)
        {
            var rows = await db.SignInAttempts.AsNoTracking().Where(a => a.ClientNetwork == network && a.At > since)
                .Select(a => new Row(a.At, a.Method, a.Outcome)).ToListAsync(cancellationToken);
            var byAddress = Until(rows, Lockout.MaxFailuresPerAddress);
            if (byAddress > until || until is null)
            {
                until = byAddress;
            }
        }

        return until > now ? until : null;
    }

    public async Task RecordAsync(
        HttpContext http, SignInMethod method, SignInOutcome outcome, string? pin, Guid? citizenId, CancellationToken cancellationToken)
    {
        var agent = http.Request.Headers.UserAgent.ToString();
        db.SignInAttempts.Add(new SignInAttempt
        {
            At = clock.GetUtcNow(),
            Method = method,
            Outcome = outcome,
            Pin = pin,
            CitizenId = citizenId,
            ClientAddress = ClientNetwork.AddressOf(http),
            ClientNetwork = ClientNetwork.LimitKeyOf(http),
            UserAgent = agent.Length > 512 ? agent[..512] : agent,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTimeOffset? Until(IEnumerable<Row> rows, int max)
    {
        var failures = rows.Where(r => r.Outcome is SignInOutcome.WrongCredentials or SignInOutcome.WrongCode).Select(r => r.At).ToList();
        return failures.Count >= max ? failures.Max() + Lockout.Duration : null;
    }

    private sealed record Row(DateTimeOffset At, SignInMethod Method, SignInOutcome Outcome);
}
