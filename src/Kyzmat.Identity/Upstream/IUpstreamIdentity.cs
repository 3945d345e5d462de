namespace Kyzmat.Identity.Upstream;

/// <summary>The national identity system behind the sign-in (the «Түндүк» password check).</summary>
public interface IUpstreamIdentity
{
    /// <summary>False when this installation cannot check passwords (e.g. the sandbox in Production).</summary>
    bool IsAvailable { get; }

    /// <summary>The person when PIN and password match; null otherwise, whether the PIN is unknown or the password wrong.</summary>
    Task<UpstreamPerson?> CheckPasswordAsync(string pin, string password, CancellationToken cancellationToken = default);
}
