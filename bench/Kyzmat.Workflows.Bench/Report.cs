using System.Globalization;
using System.Text;

namespace Kyzmat.Workflows.Bench;

/// <summary>Formats the engine and baseline figures side by side, with the engine/baseline cost ratio, then per process what matters.</summary>
public static class Report
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Format(string provider, int workers, int rounds, BestRounds engine, BestRounds baseline, string? cutShort)
    {
        var text = new StringBuilder();
        var measured = Math.Min(engine.Rounds, baseline.Rounds);
        text.AppendLine(C, $"== {provider} ({workers} worker(s), best of {measured} alternating rounds{(measured < rounds ? $" of {rounds} asked" : "")}) ==");
        text.AppendLine(C, $"{"phase",-26} {"engine ops",10} {"engine/s",10} {"baseline/s",11} {"cost ratio",11}   {"CPU ms/op engine",-22} {"baseline",-22} {"CPU ratio",9} {"KB/op engine",12} {"baseline",9} {"SQL/op engine",13} {"baseline",9}");
        foreach (var phase in PhaseNames.All)
        {
            var (e, b) = (engine[phase], baseline[phase]);
            var ratio = e is null || b is null ? "-" : $"{e.SecondsPerOperation / b.SecondsPerOperation:F2}x";
            var mark = e?.CutShort == true || b?.CutShort == true ? "  (cut short)" : "";
            var cpuRatio = e?.Cpu is null || b?.Cpu is null ? "-" : $"{e.CpuPerOperation.Total / b.CpuPerOperation.Total:F2}x";
            text.AppendLine(C, $"{phase,-26} {e?.Done.ToString(C) ?? "-",10} {Rate(e),10} {Rate(b),11} {ratio,11}   {Cpu(e),-22} {Cpu(b),-22} {cpuRatio,9} {Allocated(e),12} {Allocated(b),9} {Commands(e),13} {Commands(b),9}{mark}");
        }

        Line(text, "six-step: instances started/s:", engine[PhaseNames.Start], baseline[PhaseNames.Start]);
        var (ec, bc) = (Completions(engine), Completions(baseline));
        text.AppendLine(C, $"six-step: task completions/s:  engine {ec:F0}, baseline {bc:F0}, ratio {bc / ec:F2}x");
        if (engine[PhaseNames.MultiComplete] is { } em && baseline[PhaseNames.MultiComplete] is { } bm)
        {
            Line(text, "multi-instance: inner-task completions/s:", em, bm);
            text.AppendLine(C, $"  instances through the body/s: engine {em.PerSecond / Workload.Members:F1}, baseline {bm.PerSecond / Workload.Members:F1}; "
                + $"completions retried after a conflict: engine {em.Retries} ({(double)em.Retries / Math.Max(em.Done, 1):F2} each), "
                + $"baseline {bm.Retries} ({(double)bm.Retries / Math.Max(bm.Done, 1):F2} each)");
        }

        Line(text, "call activity: parents started (with child)/s:", engine[PhaseNames.CallStart], baseline[PhaseNames.CallStart]);
        Line(text, "call activity: child tasks completed (child and parent end)/s:", engine[PhaseNames.CallComplete], baseline[PhaseNames.CallComplete]);
        if (cutShort is not null)
        {
            text.AppendLine(C, $"CUT SHORT: {cutShort}");
        }

        return text.ToString();
    }

    private static string Rate(PhaseResult? result) => result is null ? "-" : result.PerSecond.ToString("F0", C);

    private static string Allocated(PhaseResult? result) =>
        result?.Cpu is null ? "-" : (result.Cpu.AllocatedBytes / 1024d / Math.Max(result.Done, 1)).ToString("F0", C);

    private static string Commands(PhaseResult? result) => result is null || result.Cpu?.Postgres is null ? "-" : result.CommandsPerOperation.ToString("F1", C);

    /// <summary>"0.61 + 0.32 pg = 0.93": this process, PostgreSQL's server, both.</summary>
    private static string Cpu(PhaseResult? result) => result?.Cpu is null ? "-"
        : result.Cpu.Postgres is null ? result.CpuPerOperation.Process.ToString("F2", C)
        : string.Create(C, $"{result.CpuPerOperation.Process:F2} + {result.CpuPerOperation.Postgres:F2} pg = {result.CpuPerOperation.Total:F2}");

    private static void Line(StringBuilder text, string label, PhaseResult? engine, PhaseResult? baseline)
    {
        if (engine is not null && baseline is not null)
        {
            text.AppendLine(C, $"{label} engine {engine.PerSecond:F0}, baseline {baseline.PerSecond:F0}, ratio {engine.SecondsPerOperation / baseline.SecondsPerOperation:F2}x");
        }
    }

    private static double Completions(BestRounds side)
    {
        var tasks = new[] { side[PhaseNames.CompleteFirst], side[PhaseNames.CompleteSecond] }.OfType<PhaseResult>().ToList();
        return tasks.Sum(p => p.Done) / Math.Max(tasks.Sum(p => p.Elapsed.TotalSeconds), 1e-9);
    }
}
