using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Kyzmat.Identity.Server;

/// <summary>
/// The recurring background job that deletes expired or revoked tokens and authorizations, and sign-in attempts older
/// than <see cref="KyzmatIdentityOptions.SignInHistoryRetention"/> (a year by default; never less than a day, so that
/// lockout, which counts the last hours' failures, always has its evidence).
/// </summary>
public sealed class TokenPruningJob(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, KyzmatDbContext db, IOptions<KyzmatIdentityOptions> options, TimeProvider clock)
{
    public const string Id = "identity-prune-tokens";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Only entries older than a day go, so that a token's redemption can still be detected shortly after.
        var now = clock.GetUtcNow();
        var threshold = now.AddDays(-1);
        await tokens.PruneAsync(threshold, cancellationToken);
        await authorizations.PruneAsync(threshold, cancellationToken);
        var keep = options.Value.SignInHistoryRetention < TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : options.Value.SignInHistoryRetention;
        var before = now - keep;
        return await db.SignInAttempts.Where(a => a.At < before).ExecuteDeleteAsync(cancellationToken);
    }
}
