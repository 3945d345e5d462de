using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.StateBodies;

/// <summary>A region of the Kyrgyz Republic: an oblast or a city of republican significance.</summary>
public sealed class Region
{
    public required string Code { get; init; }

    public required RegionKind Kind { get; init; }

    public required LocalizedText Name { get; set; }

    public int SortOrder { get; set; }
}
