using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.StateBodies;

/// <summary>An office of a state body where applications are accepted («Кеңсе»).</summary>
public sealed class Office
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public Guid StateBodyId { get; set; }

    public StateBody? StateBody { get; set; }

    public required string RegionCode { get; set; }

    public Region? Region { get; set; }

    public required LocalizedText Name { get; set; }

    public required LocalizedText Address { get; set; }
}
