namespace Kyzmat.Workflows.Bench;

/// <summary>
/// How many operations a phase did in how long; whether the run's deadline stopped it before it did them all; and how
/// many saves lost to another command on the same instance and were retried (the multi-instance completions).
/// </summary>
public sealed record PhaseResult(string Name, int Done, TimeSpan Elapsed, bool CutShort = false, int Retries = 0)
{
    public double PerSecond => Done / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double SecondsPerOperation => Elapsed.TotalSeconds / Math.Max(Done, 1);
}
