using System.Collections.Concurrent;

namespace Kyzmat.Applications.Bench;

/// <summary>Latencies per step, recorded from many citizens at once.</summary>
internal sealed class StepTimings
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _steps = new(StringComparer.Ordinal);

    public void Add(string step, TimeSpan elapsed) =>
        _steps.GetOrAdd(step, _ => new ConcurrentQueue<double>()).Enqueue(elapsed.TotalMilliseconds);

    public StepFigures Of(string step)
    {
        var sorted = _steps.TryGetValue(step, out var all) ? all.Order().ToArray() : [];
        return new StepFigures(step, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
