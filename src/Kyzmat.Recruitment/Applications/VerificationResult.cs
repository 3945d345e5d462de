namespace Kyzmat.Recruitment.Applications;

/// <summary>The answer to anyone who checks an application: only what the document itself shows is told.</summary>
public sealed record VerificationResult(
    VerificationVerdict Verdict,
    string? Number = null,
    string? VacancyCode = null,
    string? SignerMaskedPin = null,
    DateTimeOffset? SignedAt = null,
    string? SignedDocumentSha256 = null,
    VerificationBasis? Basis = null,
    DateTimeOffset? TimeStampedAt = null);
