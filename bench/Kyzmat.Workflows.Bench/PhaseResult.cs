namespace Kyzmat.Workflows.Bench;

/// <summary>How many operations a phase did in how long.</summary>
public sealed record PhaseResult(string Name, int Done, TimeSpan Elapsed)
{
    public double PerSecond => Done / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double SecondsPerOperation => Elapsed.TotalSeconds / Math.Max(Done, 1);
}
