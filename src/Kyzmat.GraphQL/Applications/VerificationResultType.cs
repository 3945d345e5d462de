using GraphQL.Types;
using Kyzmat.Recruitment.Applications;

namespace Kyzmat.GraphQL.Applications;

public sealed class VerificationResultType : ObjectGraphType<VerificationResult>
{
    public VerificationResultType()
    {
        Name = "VerificationResult";
        Description = "VALID: the filed document and its signature hold; ALTERED: it differs from the filed copy; UNKNOWN: no such signed application.";
        Field(r => r.Verdict, type: typeof(NonNullGraphType<EnumerationGraphType<VerificationVerdict>>));
        Field(r => r.Number, nullable: true);
        Field(r => r.VacancyCode, nullable: true);
        Field(r => r.SignerMaskedPin, nullable: true);
        Field(r => r.SignedAt, nullable: true);
        Field(r => r.SignedDocumentSha256, nullable: true);
    }
}
