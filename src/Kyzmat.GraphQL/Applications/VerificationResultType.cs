using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

public sealed class VerificationResultType : ObjectGraphType<VerificationResult>
{
    public VerificationResultType()
    {
        Name = "VerificationResult";
        Description = "VALID: the filed document and its signature hold; ALTERED: it differs from the filed copy or its signature fails; " +
            "UNKNOWN: no such signed application; REVOKED: the signing certificate had been revoked before signing; NOT_SIGNED: the document carries no signature.";
        Field(r => r.Verdict, type: typeof(NonNullGraphType<EnumerationGraphType<VerificationVerdict>>));
        Field(r => r.Number, nullable: true);
        Field(r => r.VacancyCode, nullable: true);
        Field(r => r.SignerMaskedPin, nullable: true);
        Field(r => r.SignedAt, nullable: true);
        Field(r => r.SignedDocumentSha256, nullable: true);
        Field(r => r.TimeStampedAt, nullable: true)
            .Description("When the PDF's signature carries a time-stamp from a trusted RFC 3161 service (PAdES B-T): the time it vouches for.");
        Field(r => r.Basis, type: typeof(EnumerationGraphType<VerificationBasis>))
            .Description("EMBEDDED_SIGNATURE: the PDF's own PAdES signature was checked; REGISTRY_HASH: our registry's signature and the filed copy's hash (applications signed before PDFs carried signatures, and checks by number).");
    }
}
