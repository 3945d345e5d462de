namespace Kyzmat.Recruitment.Profiles;

/// <summary>An education record («Билим»).</summary>
public sealed class Education
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    /// <summary>«ЖОЖдун аталышы».</summary>
    public required string Institution { get; set; }

    /// <summary>«Адистик».</summary>
    public required string Speciality { get; set; }

    /// <summary>«Квалификация».</summary>
    public required string Qualification { get; set; }

    /// <summary>«Башталган күнү».</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>«Бүткөн күнү»; none while still studying.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>«Билим берүү түрү».</summary>
    public StudyForm Form { get; set; }

    /// <summary>«Багыты».</summary>
    public required string Field { get; set; }

    /// <summary>The uploaded diploma («Документти жүктөө»).</summary>
    public Guid? DocumentId { get; set; }
}
