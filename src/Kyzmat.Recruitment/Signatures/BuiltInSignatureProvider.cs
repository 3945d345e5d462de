using System.Security.Cryptography;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures.Pki;
using Kyzmat.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Signatures;

/// <summary>
/// ECDSA P-256 with a key pair per citizen, made on first use; signatures in IEEE P1363 form, and the same key
/// certified by Kyzmat's CA signs the PDF (PAdES). A key once opened stays open for the scope (one request), so the
/// hash signature and the PDF signature of one confirmation unprotect it once.
/// </summary>
public sealed class BuiltInSignatureProvider(
    KyzmatDbContext db, IDataProtectionProvider protection, CitizenCertificates certificates, IssuingAuthority authority, TimeProvider clock)
    : ISignatureProvider, IDisposable
{
    private const string Purpose = "Kyzmat.Signatures.CitizenKeys.v1";

    public const string ProviderName = "kyzmat-builtin";

    private readonly Dictionary<Guid, (ECDsa Key, byte[] PublicKey)> _open = [];

    public string Name => ProviderName;

    public async Task<DocumentSignature> SignAsync(Guid citizenId, byte[] documentSha256, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(documentSha256.Length, 32);
        var (key, publicKey) = await OpenAsync(citizenId, cancellationToken);
        return new DocumentSignature(Name, key.SignHash(documentSha256), publicKey, clock.GetUtcNow());
    }

    public async Task<PdfSigningCredential?> PdfCredentialAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        var (key, publicKey) = await OpenAsync(citizenId, cancellationToken);
        var certificate = await certificates.ForKeyAsync(citizenId, publicKey, cancellationToken);
        return new PdfSigningCredential(certificate, key, [authority.Certificate]);
    }

    /// <summary>
    /// A new key for the citizen: the old one is deleted and its certificates revoked (the CRL says so from now on).
    /// Saved by the caller.
    /// </summary>
    public async Task ReplaceKeyAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        await db.SigningKeys.Where(k => k.CitizenId == citizenId).ExecuteDeleteAsync(cancellationToken);
        await certificates.RevokeAllAsync(citizenId, System.Security.Cryptography.X509Certificates.X509RevocationReason.Superseded, cancellationToken);
        if (_open.Remove(citizenId, out var open))
        {
            open.Key.Dispose();
        }
    }

    private async Task<(ECDsa Key, byte[] PublicKey)> OpenAsync(Guid citizenId, CancellationToken cancellationToken)
    {
        if (_open.TryGetValue(citizenId, out var open))
        {
            return open;
        }

        var key = await KeyById.For(db)(db, citizenId, cancellationToken);
        ECDsa ecdsa;
        if (key is null)
        {
            // The first signature: the key just made signs it (no round trip through its protected form).
            var made = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var stored = await StoreAsync(citizenId, made, cancellationToken);
            if (stored.PublicKey.AsSpan().SequenceEqual(made.ExportSubjectPublicKeyInfo()))
            {
                return _open[citizenId] = (made, stored.PublicKey);
            }

            made.Dispose();
            key = stored;
        }

        ecdsa = ECDsa.Create();
        var privateKey = protection.CreateProtector(Purpose, citizenId.ToString()).Unprotect(key.ProtectedPrivateKey);
        try
        {
            ecdsa.ImportPkcs8PrivateKey(privateKey, out _);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }

        return _open[citizenId] = (ecdsa, key.PublicKey);
    }

    // Compiled once per model (decision 0011): every signature asks it.
    private static readonly CompiledPerModel<Func<KyzmatDbContext, Guid, CancellationToken, Task<CitizenSigningKey?>>> KeyById = new(() =>
        EF.CompileAsyncQuery((KyzmatDbContext db, Guid citizenId, CancellationToken _) => db.SigningKeys.AsNoTracking().SingleOrDefault(k => k.CitizenId == citizenId)));

    public async Task<bool> VerifyAsync(Guid citizenId, byte[] documentSha256, DocumentSignature signature, CancellationToken cancellationToken)
    {
        // The citizen's registered key decides, not the key that travels with the signature.
        var key = await db.SigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.CitizenId == citizenId, cancellationToken);
        if (key is null || documentSha256.Length != 32)
        {
            return false;
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
        return ecdsa.VerifyHash(documentSha256, signature.Value);
    }

    /// <summary>Stores a new key for the citizen; when another request stored one at the same moment, theirs is returned.</summary>
    private async Task<CitizenSigningKey> StoreAsync(Guid citizenId, ECDsa made, CancellationToken cancellationToken)
    {
        var privateKey = made.ExportPkcs8PrivateKey();
        var key = new CitizenSigningKey
        {
            CitizenId = citizenId,
            PublicKey = made.ExportSubjectPublicKeyInfo(),
            ProtectedPrivateKey = protection.CreateProtector(Purpose, citizenId.ToString()).Protect(privateKey),
            CreatedAt = clock.GetUtcNow(),
        };
        CryptographicOperations.ZeroMemory(privateKey);
        db.SigningKeys.Add(key);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException)
        {
            // Made at the same moment by another request: theirs is the citizen's key.
            db.Entry(key).State = EntityState.Detached;
            return await db.SigningKeys.AsNoTracking().SingleAsync(k => k.CitizenId == citizenId, cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var (key, _) in _open.Values)
        {
            key.Dispose();
        }

        _open.Clear();
    }
}
