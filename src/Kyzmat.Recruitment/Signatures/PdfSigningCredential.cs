using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// What signs a PDF's byte ranges as CMS: the signer's certificate, the key that signs (owned by the provider that
/// lent it), and the certificates up to the CA to embed.
/// </summary>
public sealed class PdfSigningCredential(X509Certificate2 certificate, AsymmetricAlgorithm key, IReadOnlyList<X509Certificate2> chain) : IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;

    public AsymmetricAlgorithm Key { get; } = key;

    public IReadOnlyList<X509Certificate2> Chain { get; } = chain;

    public void Dispose() => Certificate.Dispose();
}
