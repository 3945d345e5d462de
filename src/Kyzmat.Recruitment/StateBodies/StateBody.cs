using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.StateBodies;

/// <summary>A state body (ministry, service, agency) that announces vacancies and runs competitions.</summary>
public sealed class StateBody
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public required StateBodyKind Kind { get; set; }

    public required LocalizedText Name { get; set; }

    public required LocalizedText ShortName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>How long a runner-up stays in this body's personnel reserve.</summary>
    public int ReserveTermMonths { get; set; } = 12;

    public List<Office> Offices { get; init; } = [];
}
