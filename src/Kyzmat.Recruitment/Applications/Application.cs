namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// A citizen's application («Арыз») to one vacancy. Its course is a run of the <c>application-lifecycle</c>
/// process (business key = <see cref="Id"/>); this record holds what the citizen and HR see and decide.
/// </summary>
public sealed class Application
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The public, unguessable number printed on the document, e.g. AR-7K3M9QX2TD.</summary>
    public required string Number { get; init; }

    public Guid CitizenId { get; init; }

    public Guid VacancyId { get; init; }

    public Guid StateBodyId { get; init; }

    /// <summary>
    /// Equals <see cref="VacancyId"/> while the application counts as the citizen's one for the vacancy, null once
    /// withdrawn or cancelled: a unique index on (citizen, this) lets the database refuse a second active one.
    /// </summary>
    public Guid? ActiveVacancyId { get; private set; }

    public Guid? OfficeId { get; set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Draft;

    /// <summary>ky or ru: the language of the document.</summary>
    public required string Language { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>The frozen <see cref="ApplicationDocumentContent"/> as JSON: what HR reviews.</summary>
    public string? SnapshotJson { get; set; }

    /// <summary>SHA-256 (hex) of the unsigned PDF: what the signature covers.</summary>
    public string? DocumentSha256 { get; set; }

    /// <summary>SHA-256 (hex) of the signed PDF (with its visible signature block): what a verifier compares.</summary>
    public string? SignedDocumentSha256 { get; set; }

    public string? SignatureProvider { get; set; }

    public byte[]? SignatureValue { get; set; }

    /// <summary>
    /// The serial number of the certificate whose key signed the PDF itself (PAdES); null for applications signed
    /// before PDFs carried signatures, and for providers that sign only hashes.
    /// </summary>
    public string? SigningCertificateSerial { get; set; }

    /// <summary>Out of 60.</summary>
    public int? TestScore { get; set; }

    /// <summary>Why it was refused (shown to the citizen).</summary>
    public string? Reason { get; set; }

    public int Version { get; set; }

    public static ApplicationStatus[] ActiveStatuses { get; } =
    [
        ApplicationStatus.Draft, ApplicationStatus.DocumentReady, ApplicationStatus.AwaitingSignature, ApplicationStatus.Filed,
        ApplicationStatus.AdmittedToTesting, ApplicationStatus.Interview,
    ];

    /// <summary>Before the signature: the office can still be changed and the deadline timer can cancel it.</summary>
    public static ApplicationStatus[] UnsignedStatuses { get; } =
        [ApplicationStatus.Draft, ApplicationStatus.DocumentReady, ApplicationStatus.AwaitingSignature];

    /// <inheritdoc cref="UnsignedStatuses"/>
    public bool IsUnsigned => Status is ApplicationStatus.Draft or ApplicationStatus.DocumentReady or ApplicationStatus.AwaitingSignature;

    /// <summary>The citizen may withdraw until HR's first decision.</summary>
    public bool CanBeWithdrawn => IsUnsigned || Status == ApplicationStatus.Filed;

    public bool IsClosed => Status is ApplicationStatus.Appointed or ApplicationStatus.InReserve or ApplicationStatus.Refused
        or ApplicationStatus.Withdrawn or ApplicationStatus.Cancelled;

    public static Application Start(string number, Guid citizenId, Guid vacancyId, Guid stateBodyId, string language, DateTimeOffset now) => new()
    {
        Number = number,
        CitizenId = citizenId,
        VacancyId = vacancyId,
        StateBodyId = stateBodyId,
        ActiveVacancyId = vacancyId,
        Language = language,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void MoveTo(ApplicationStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
        Version++;
        if (status is ApplicationStatus.Withdrawn or ApplicationStatus.Cancelled)
        {
            ActiveVacancyId = null;
        }
    }
}
