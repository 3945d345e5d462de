using System.Globalization;
using System.Text;

namespace Kyzmat.Workflows.Bench;

/// <summary>Formats the engine and baseline figures side by side, with the engine/baseline cost ratio.</summary>
public static class Report
{
    public static string Format(string provider, int workers, int rounds, IReadOnlyList<PhaseResult> engine, IReadOnlyList<PhaseResult> baseline)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"== {provider} ({workers} worker(s), best of {rounds} alternating rounds) ==");
        text.AppendLine(c, $"{"phase",-22} {"engine ops",10} {"engine/s",10} {"baseline/s",11} {"cost ratio",11}");
        for (var i = 0; i < engine.Count; i++)
        {
            var e = engine[i];
            var b = baseline[i];
            text.AppendLine(c, $"{e.Name,-22} {e.Done,10} {e.PerSecond,10:F0} {b.PerSecond,11:F0} {e.SecondsPerOperation / b.SecondsPerOperation,10:F2}x");
        }

        var engineCompletions = Completions(engine);
        var baselineCompletions = Completions(baseline);
        text.AppendLine(c, $"instances started/s: engine {engine[0].PerSecond:F0}, baseline {baseline[0].PerSecond:F0}, ratio {engine[0].SecondsPerOperation / baseline[0].SecondsPerOperation:F2}x");
        text.AppendLine(c, $"task completions/s:  engine {engineCompletions:F0}, baseline {baselineCompletions:F0}, ratio {baselineCompletions / engineCompletions:F2}x");
        return text.ToString();
    }

    private static double Completions(IReadOnlyList<PhaseResult> phases)
    {
        var tasks = phases.Where(p => p.Name.StartsWith("complete", StringComparison.Ordinal)).ToList();
        return tasks.Sum(p => p.Done) / Math.Max(tasks.Sum(p => p.Elapsed.TotalSeconds), 1e-9);
    }
}
