using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// What signs a PDF's byte ranges as CMS: the signer's certificate, the certificates up to the CA to embed, and what
/// signs the SHA-256 of the CMS signed attributes — a key held here (the built-in provider) or a remote service (the
/// cloud provider), which is why signing is asynchronous.
/// </summary>
public sealed class PdfSigningCredential : IDisposable
{
    private readonly Func<byte[], CancellationToken, Task<byte[]>> _signDigest;

    /// <param name="signDigest">Signs a SHA-256 digest; the signature as CMS carries it (for ECDSA, the DER SEQUENCE of r and s).</param>
    public PdfSigningCredential(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain, Func<byte[], CancellationToken, Task<byte[]>> signDigest)
    {
        Certificate = certificate;
        Chain = chain;
        _signDigest = signDigest;
    }

    /// <summary>A credential whose key is here (owned by the caller that lends it).</summary>
    public PdfSigningCredential(X509Certificate2 certificate, AsymmetricAlgorithm key, IReadOnlyList<X509Certificate2> chain)
        : this(certificate, chain, (digest, _) => Task.FromResult(SignLocally(key, digest)))
    {
    }

    public X509Certificate2 Certificate { get; }

    public IReadOnlyList<X509Certificate2> Chain { get; }

    public Task<byte[]> SignDigestAsync(byte[] sha256, CancellationToken cancellationToken) => _signDigest(sha256, cancellationToken);

    public void Dispose() => Certificate.Dispose();

    private static byte[] SignLocally(AsymmetricAlgorithm key, byte[] digest) => key switch
    {
        ECDsa ecdsa => ecdsa.SignHash(digest, DSASignatureFormat.Rfc3279DerSequence),
        RSA rsa => rsa.SignHash(digest, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        _ => throw new NotSupportedException($"A {key.GetType().Name} key cannot sign a PDF."),
    };
}
