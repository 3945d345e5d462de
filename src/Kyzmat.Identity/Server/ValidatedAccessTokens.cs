using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Access tokens OpenIddict has validated, by their text and the address they were used at (decision 0200): a token's
/// encryption, signature, type, issuer and lifetime are checked on its first request, not on each of the dozens that follow. Its entries are still
/// checked on every request (<see cref="AccessTokenEntries"/>), so sign-out and revocation stop it at once.
/// An entry is kept until the token expires, and at most <see cref="MaxAge"/>: a signing or encryption key withdrawn
/// from the server stops its tokens within that time.
/// </summary>
public sealed class ValidatedAccessTokens(TimeProvider clock)
{
    /// <summary>How long a validation is reused at most.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Past this many tokens the cache starts again empty (only validated tokens get in).</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<Key, Validated> _byToken = new();

    public int Count => _byToken.Count;

    /// <summary>How many requests were answered from the cache.</summary>
    public long Reused => Interlocked.Read(ref _reused);

    private long _reused;

    /// <summary>A validation of this very token at this address that is still current.</summary>
    public bool TryGet(Key token, out Validated validated)
    {
        if (_byToken.TryGetValue(token, out validated!))
        {
            if (clock.GetUtcNow() < validated.Until)
            {
                Interlocked.Increment(ref _reused);
                return true;
            }

            _byToken.TryRemove(token, out _);
        }

        return false;
    }

    /// <summary>Keeps OpenIddict's verdict on the token; a ticket without an expiry is not kept.</summary>
    public void Add(Key token, AuthenticationTicket ticket)
    {
        if (ticket.Properties.ExpiresUtc is not { } expires)
        {
            return;
        }

        var until = clock.GetUtcNow() + MaxAge;
        if (expires < until)
        {
            until = expires;
        }

        if (_byToken.Count >= Capacity)
        {
            _byToken.Clear();
        }

        _byToken[token] = new Validated(ticket, ticket.Principal.GetTokenId(), ticket.Principal.GetAuthorizationId(), until);
    }

    public void Remove(Key token) => _byToken.TryRemove(token, out _);

    /// <param name="Token">The token exactly as the request carried it.</param>
    /// <param name="Address">Scheme, host and path base of the request: OpenIddict checks the issuer against it.</param>
    public sealed record Key(string Token, string Address);

    /// <param name="Ticket">What OpenIddict's validation produced; each request gets its own copy of its identities.</param>
    public sealed record Validated(AuthenticationTicket Ticket, string? TokenId, string? AuthorizationId, DateTimeOffset Until);
}
