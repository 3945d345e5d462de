namespace Kyzmat.Recruitment.Profiles;

/// <summary>
/// What a citizen tells about themselves in «Жеке кабинет»: personal («Жеке маалымат») and additional
/// («Кошумча маалымат») information. Names and date of birth come from the identity upstream, not from here.
/// </summary>
public sealed class CitizenProfile
{
    public Guid CitizenId { get; init; }

    public Sex? Sex { get; set; }

    /// <summary>ISO 3166 alpha-2, KG for the Kyrgyz Republic.</summary>
    public string? Citizenship { get; set; }

    public string? Phone { get; set; }

    public string? RegionCode { get; set; }

    public string? District { get; set; }

    public string? Address { get; set; }

    public MaritalStatus? MaritalStatus { get; set; }

    public Guid? PhotoDocumentId { get; set; }

    public List<LanguageSkill> Languages { get; set; } = [];

    public string? ComputerSkills { get; set; }

    public string? Awards { get; set; }

    public string? ScientificDegree { get; set; }

    public string? About { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two edits of one profile never silently overwrite each other.</summary>
    public int Version { get; set; }
}
