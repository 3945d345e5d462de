using Kyzmat.Recruitment.Persistence;
using Kyzmat.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Whether an access token's own entry and its sign-in's authorization both still hold (decision 0200): revoked by
/// sign-out, by a replayed refresh token, or pruned, the token stops working at once. One untracked query.
/// </summary>
internal static class AccessTokenEntries
{
    // Compiled once per model (decision 0011): every API request asks it.
    private static readonly CompiledPerModel<Func<KyzmatDbContext, string, CancellationToken, Task<Entries?>>> EntriesOf = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, string tokenId, CancellationToken _) => db.Set<OpenIddictEntityFrameworkCoreToken>()
            .AsNoTracking()
            .Where(t => t.Id == tokenId)
            .Select(t => new Entries(t.Status, t.Authorization!.Id, t.Authorization.Status))
            .FirstOrDefault()));

    /// <summary>Null while both entries hold; otherwise why the token is refused (for the log and the challenge).</summary>
    public static async Task<string?> RefusalAsync(KyzmatDbContext db, string? tokenId, string? authorizationId, CancellationToken cancellationToken)
    {
        // Every access token the server issues has an entry and an authorization (code flow only); one without is not
        // ours to accept. A flow that issues tokens without an authorization (client credentials) would need this changed.
        if (string.IsNullOrEmpty(tokenId) || string.IsNullOrEmpty(authorizationId))
        {
            return "The access token has no entry.";
        }

        var entry = await EntriesOf.For(db)(db, tokenId, cancellationToken);
        if (entry is null || entry.Status != Statuses.Valid)
        {
            return "The access token is no longer valid.";
        }

        return entry.AuthorizationId != authorizationId || entry.AuthorizationStatus != Statuses.Valid
            ? "The authorization behind the access token is no longer valid."
            : null;
    }

    private sealed record Entries(string? Status, string? AuthorizationId, string? AuthorizationStatus);
}
