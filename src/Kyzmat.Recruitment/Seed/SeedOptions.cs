namespace Kyzmat.Recruitment.Seed;

/// <summary>Configuration section <c>Kyzmat:Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Kyzmat:Seed";

    /// <summary>The country's regions: reference data every installation needs.</summary>
    public bool ReferenceData { get; set; } = true;

    /// <summary>Demonstration state bodies, offices and vacancies. Off in Production.</summary>
    public bool DemoData { get; set; } = true;
}
