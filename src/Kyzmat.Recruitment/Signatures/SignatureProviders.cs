using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// The provider that signs new applications (<see cref="SignatureOptions.Provider"/>), and the one that verifies a
/// signature: always the provider named on it, so switching providers leaves earlier signatures verifiable.
/// </summary>
public sealed class SignatureProviders(IServiceProvider services, IOptions<SignatureOptions> options)
{
    public ISignatureProvider ForSigning => options.Value.Provider == SignatureProviderKind.Cloud
        ? services.GetRequiredService<CloudSignatureProvider>()
        : services.GetRequiredService<BuiltInSignatureProvider>();

    /// <summary>The provider that made a signature; null when this installation cannot check it (e.g. cloud not configured).</summary>
    public ISignatureProvider? Named(string? name) => name switch
    {
        CloudSignatureProvider.ProviderName when options.Value.Cloud.BaseUrl is not null => services.GetRequiredService<CloudSignatureProvider>(),
        BuiltInSignatureProvider.ProviderName => services.GetRequiredService<BuiltInSignatureProvider>(),
        _ => null,
    };
}
