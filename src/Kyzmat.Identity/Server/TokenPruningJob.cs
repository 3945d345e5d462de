using OpenIddict.Abstractions;

namespace Kyzmat.Identity.Server;

/// <summary>The recurring background job that deletes expired or revoked tokens and authorizations.</summary>
public sealed class TokenPruningJob(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock)
{
    public const string Id = "identity-prune-tokens";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Only entries older than a day go, so that a token's redemption can still be detected shortly after.
        var threshold = clock.GetUtcNow().AddDays(-1);
        await tokens.PruneAsync(threshold, cancellationToken);
        await authorizations.PruneAsync(threshold, cancellationToken);
    }
}
