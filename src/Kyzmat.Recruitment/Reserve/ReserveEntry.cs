using Kyzmat.Recruitment.Vacancies;

namespace Kyzmat.Recruitment.Reserve;

/// <summary>
/// A place in a state body's personnel reserve («Кадрлар резерви»): a runner-up of a competition whom the body may
/// appoint to a post of the same group until <see cref="EndsOn"/>.
/// </summary>
public sealed class ReserveEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    public Guid StateBodyId { get; init; }

    public PositionGroup Group { get; init; }

    /// <summary>The competition the citizen came from.</summary>
    public Guid VacancyId { get; init; }

    public Guid ApplicationId { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }

    public ReserveEntryStatus Status { get; set; } = ReserveEntryStatus.Active;

    public DateTimeOffset CreatedAt { get; init; }
}
