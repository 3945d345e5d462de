using Kyzmat.Recruitment.Common;
using Kyzmat.Recruitment.Persistence;
using Kyzmat.Recruitment.Signatures;
using Microsoft.EntityFrameworkCore;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Public verification of a signed application, by its number or by the PDF itself: the signature must hold over
/// the unsigned document's hash with the citizen's registered key, and an uploaded PDF must be byte-identical to
/// the filed signed copy.
/// </summary>
public sealed class ApplicationVerifier(KyzmatDbContext db, SignatureProviders signatures, PdfCheckGate gate)
{
    public async Task<VerificationResult> VerifyNumberAsync(string? typedNumber, CancellationToken cancellationToken)
    {
        var number = ApplicationNumbers.Normalize(typedNumber);
        var application = number is null ? null : await SignedAsync(number, cancellationToken);
        if (application is null)
        {
            return new VerificationResult(VerificationVerdict.Unknown);
        }

        return await SignatureHoldsAsync(application, cancellationToken)
            ? await DescribeAsync(application, VerificationVerdict.Valid, cancellationToken)
            : await DescribeAsync(application, VerificationVerdict.Altered, cancellationToken);
    }

    public async Task<VerificationResult> VerifyPdfAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var number = ApplicationNumbers.Normalize(await gate.ReadNumberAsync(pdf, cancellationToken));
        var application = number is null ? null : await SignedAsync(number, cancellationToken);
        if (application is null)
        {
            // Perhaps the number was edited out: the bytes may still be a filed copy.
            var sha = ApplicationPdf.HexSha256(pdf);
            application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.SignedDocumentSha256 == sha, cancellationToken);
            if (application is null)
            {
                return new VerificationResult(VerificationVerdict.Unknown);
            }
        }

        var identical = ApplicationPdf.HexSha256(pdf) == application.SignedDocumentSha256;
        var verdict = identical && await SignatureHoldsAsync(application, cancellationToken) ? VerificationVerdict.Valid : VerificationVerdict.Altered;
        return await DescribeAsync(application, verdict, cancellationToken);
    }

    private Task<Application?> SignedAsync(string number, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == number && a.SignedAt != null, cancellationToken);

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

    private async Task<VerificationResult> DescribeAsync(Application application, VerificationVerdict verdict, CancellationToken cancellationToken)
    {
        var facts = await db.Applications.AsNoTracking().Where(a => a.Id == application.Id)
            .Join(db.Vacancies, a => a.VacancyId, v => v.Id, (a, v) => new { v.Code, a.CitizenId })
            .Join(db.Citizens, x => x.CitizenId, c => c.Id, (x, c) => new { x.Code, c.Pin })
            .SingleAsync(cancellationToken);
        return new VerificationResult(verdict, application.Number, facts.Code, SignatureStamp.MaskPin(facts.Pin), application.SignedAt, application.SignedDocumentSha256);
    }
}
