using System.Security.Cryptography.X509Certificates;
using Kyzmat.Recruitment.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Signatures.Pki;

/// <summary>Citizens' signing certificates: issued on first use of a key, revoked with it, listed in the CRL.</summary>
public sealed class CitizenCertificates(KyzmatDbContext db, IssuingAuthority authority, TimeProvider clock)
{
    /// <summary>A certificate stays in use until a day before it expires; then the key is certified anew.</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);

    /// <summary>
    /// The citizen's unrevoked certificate for this key, or a new one (added to the context: it is saved with the
    /// signature that uses it).
    /// </summary>
    public async Task<X509Certificate2> ForKeyAsync(Guid citizenId, byte[] subjectPublicKeyInfo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var issued = await db.CitizenCertificates.AsNoTracking()
            .Where(c => c.CitizenId == citizenId && c.RevokedAt == null && c.NotAfter > now + RenewBefore)
            .OrderByDescending(c => c.NotAfter).Select(c => c.Certificate).ToListAsync(cancellationToken);
        foreach (var der in issued)
        {
            var certificate = X509CertificateLoader.LoadCertificate(der);
            if (certificate.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(subjectPublicKeyInfo))
            {
                return certificate;
            }

            certificate.Dispose();
        }

        var citizen = await db.Citizens.AsNoTracking().Where(c => c.Id == citizenId).Select(c => new { c.FullName, c.Pin }).SingleAsync(cancellationToken);
        var made = authority.Issue(citizen.FullName, citizen.Pin, subjectPublicKeyInfo, now);
        db.CitizenCertificates.Add(new CitizenCertificate
        {
            SerialNumber = made.SerialNumber,
            CitizenId = citizenId,
            Certificate = made.RawData,
            IssuedAt = now,
            NotAfter = made.NotAfter.ToUniversalTime(),
        });
        return made;
    }

    /// <summary>Revokes every certificate of the citizen (their key was replaced, or the account closed).</summary>
    public async Task<int> RevokeAllAsync(Guid citizenId, X509RevocationReason reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var active = await db.CitizenCertificates.Where(c => c.CitizenId == citizenId && c.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var certificate in active)
        {
            certificate.Revoke(reason, now);
        }

        return active.Count;
    }

    /// <summary>The certificate with this serial number as issued (and perhaps revoked); null when we never issued it.</summary>
    public Task<CitizenCertificate?> FindAsync(string serialNumber, CancellationToken cancellationToken) =>
        db.CitizenCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serialNumber, cancellationToken);

    /// <summary>The CRL as published at <c>/pki/crl</c> (DER).</summary>
    public async Task<byte[]> RevocationListAsync(CancellationToken cancellationToken)
    {
        var revoked = await db.CitizenCertificates.AsNoTracking().Where(c => c.RevokedAt != null)
            .Select(c => new { c.SerialNumber, c.RevokedAt, c.RevocationReason }).ToListAsync(cancellationToken);
        return authority.BuildCrl(
            revoked.Select(r => new RevokedCertificate(r.SerialNumber, r.RevokedAt!.Value, r.RevocationReason ?? X509RevocationReason.Unspecified)),
            clock.GetUtcNow());
    }
}
