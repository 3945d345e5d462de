namespace Kyzmat.Identity.Upstream;

/// <summary>Used when the configured upstream cannot run here (the sandbox in Production): every sign-in is refused.</summary>
internal sealed class UnavailableUpstreamIdentity : IUpstreamIdentity
{
    public bool IsAvailable => false;

    public Task<UpstreamPerson?> CheckPasswordAsync(string pin, string password, CancellationToken cancellationToken = default) =>
        Task.FromResult<UpstreamPerson?>(null);
}
