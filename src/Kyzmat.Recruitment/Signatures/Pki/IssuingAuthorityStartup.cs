using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>
/// Loads (or, outside Production, generates) the issuing CA when the host starts: a missing or broken CA
/// configuration stops the start instead of failing the first citizen who signs.
/// </summary>
internal sealed class IssuingAuthorityStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IssuingAuthority>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
