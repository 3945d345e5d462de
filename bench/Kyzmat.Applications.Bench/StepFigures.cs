namespace Kyzmat.Applications.Bench;

/// <summary>One step's count and latency percentiles, in milliseconds.</summary>
internal sealed record StepFigures(string Step, int Count, double P50Ms, double P99Ms);
