using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures;
using Kyzmat.Recruitment.Signatures.Pades;
using Kyzmat.Recruitment.Signatures.Pki;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Public verification of a signed application, by its number or by the PDF itself. A PDF's embedded PAdES signature
/// is checked cryptographically (<see cref="EmbeddedSignatureVerifier"/>), then against our registry: the same
/// certificate, not revoked before the signing time, the bytes of the filed copy, and the signature over the unsigned
/// document's hash with the citizen's registered key. Applications signed before PDFs carried signatures are checked
/// by that registry signature and the filed copy's hash alone (<see cref="VerificationBasis.RegistryHash"/>).
/// </summary>
public sealed class ApplicationVerifier(
    KyzmatDbContext db, SignatureProviders signatures, PdfCheckGate gate, EmbeddedSignatureVerifier embedded, CitizenCertificates certificates)
{
    public async Task<VerificationResult> VerifyNumberAsync(string? typedNumber, CancellationToken cancellationToken)
    {
        var number = ApplicationNumbers.Normalize(typedNumber);
        var application = number is null ? null : await SignedAsync(number, cancellationToken);
        if (application is null)
        {
            return new VerificationResult(VerificationVerdict.Unknown);
        }

        var verdict = !await SignatureHoldsAsync(application, cancellationToken) ? VerificationVerdict.Altered
            : await RevokedBeforeSigningAsync(application, cancellationToken) ? VerificationVerdict.Revoked
            : VerificationVerdict.Valid;
        return await DescribeAsync(application, verdict, VerificationBasis.RegistryHash, cancellationToken);
    }

    public async Task<VerificationResult> VerifyPdfAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var sha = ApplicationPdf.HexSha256(pdf);
        var number = ApplicationNumbers.Normalize(await gate.ReadNumberAsync(pdf, cancellationToken));
        var application = number is null ? null : await SignedAsync(number, cancellationToken);
        // Perhaps the number was edited out: the bytes may still be a filed copy.
        application ??= await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.SignedDocumentSha256 == sha, cancellationToken);
        if (application is null)
        {
            return new VerificationResult(VerificationVerdict.Unknown);
        }

        var check = embedded.Check(pdf, application.SignedAt!.Value);
        using var signer = check.Signer;
        if (check.State == EmbeddedSignatureState.None)
        {
            // Signed before PDFs carried signatures: the filed copy's hash and the registry's signature are the proof.
            if (application.SigningCertificateSerial is null && sha == application.SignedDocumentSha256)
            {
                var holds = await SignatureHoldsAsync(application, cancellationToken);
                return await DescribeAsync(application, holds ? VerificationVerdict.Valid : VerificationVerdict.Altered, VerificationBasis.RegistryHash, cancellationToken);
            }

            // The copy shown before signing, or a copy stripped of its signature; an old copy with other bytes is altered.
            var notSigned = sha == application.DocumentSha256 || application.SigningCertificateSerial is not null;
            return await DescribeAsync(application, notSigned ? VerificationVerdict.NotSigned : VerificationVerdict.Altered, VerificationBasis.RegistryHash, cancellationToken);
        }

        var verdict = check.State != EmbeddedSignatureState.Valid || signer!.SerialNumber != application.SigningCertificateSerial
            || sha != application.SignedDocumentSha256 || !await SignatureHoldsAsync(application, cancellationToken)
                ? VerificationVerdict.Altered
            : await RevokedBeforeSigningAsync(application, cancellationToken) ? VerificationVerdict.Revoked
            : VerificationVerdict.Valid;
        return await DescribeAsync(application, verdict, VerificationBasis.EmbeddedSignature, cancellationToken) with { TimeStampedAt = check.TimeStampedAt };
    }

    private Task<Application?> SignedAsync(string number, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == number && a.SignedAt != null, cancellationToken);

    /// <summary>Revoked at or before the signing time; a revocation after it leaves the signature valid.</summary>
    private async Task<bool> RevokedBeforeSigningAsync(Application application, CancellationToken cancellationToken) =>
        application.SigningCertificateSerial is not null
        && await certificates.FindAsync(application.SigningCertificateSerial, cancellationToken) is { RevokedAt: { } revokedAt }
        && revokedAt <= application.SignedAt;

    private async Task<bool> SignatureHoldsAsync(Application application, CancellationToken cancellationToken)
    {
        if (application.SignatureValue is null || application.DocumentSha256 is null)
        {
            return false;
        }

        var provider = signatures.Named(application.SignatureProvider)
            ?? throw new UserInputException(UserErrorCodes.SignatureServiceUnavailable);
        var signature = new DocumentSignature(provider.Name, application.SignatureValue, [], application.SignedAt!.Value);
        try
        {
            return await provider.VerifyAsync(application.CitizenId, Convert.FromHexString(application.DocumentSha256), signature, cancellationToken);
        }
        catch (SignatureServiceException ex)
        {
            // Not knowing is not "altered": the caller is told to try again later.
            throw new UserInputException(UserErrorCodes.SignatureServiceUnavailable, ex);
        }
    }

    private async Task<VerificationResult> DescribeAsync(Application application, VerificationVerdict verdict, VerificationBasis basis, CancellationToken cancellationToken)
    {
        var facts = await db.Applications.AsNoTracking().Where(a => a.Id == application.Id)
            .Join(db.Vacancies, a => a.VacancyId, v => v.Id, (a, v) => new { v.Code, a.CitizenId })
            .Join(db.Citizens, x => x.CitizenId, c => c.Id, (x, c) => new { x.Code, c.Pin })
            .SingleAsync(cancellationToken);
        return new VerificationResult(verdict, application.Number, facts.Code, SignatureStamp.MaskPin(facts.Pin), application.SignedAt, application.SignedDocumentSha256, basis);
    }
}
