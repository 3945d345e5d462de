using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Kyzmat.TraceSummary;

/// <summary>
/// Which methods the JIT compiled during a trace taken with the runtime's JIT keyword
/// (<c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x10:5</c>): after a long warm-up a steady
/// stream of new methods (dynamic methods, re-compiled queries) is CPU spent on every request.
/// </summary>
internal static class JitSummary
{
    public static void Print(string tracePath, TextWriter output, int top, (int From, int To)? window = null)
    {
        var byNamespace = new Dictionary<string, int>(StringComparer.Ordinal);
        var byMethod = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySecond = new SortedDictionary<int, int>();
        var total = 0;
        using (var source = new EventPipeEventSource(tracePath))
        {
            source.Clr.MethodLoadVerbose += (MethodLoadUnloadVerboseTraceData e) =>
            {
                var second = (int)e.TimeStampRelativeMSec / 1000;
                bySecond[second] = bySecond.GetValueOrDefault(second) + 1;
                if (window is { } w && (second < w.From || second > w.To))
                {
                    return;
                }

                total++;
                var method = $"{e.MethodNamespace}::{e.MethodName} [{e.OptimizationTier}]";
                byMethod[method] = byMethod.GetValueOrDefault(method) + 1;
                var ns = e.MethodNamespace.Split('`', '+', '[')[0];
                byNamespace[ns] = byNamespace.GetValueOrDefault(ns) + 1;
            };
            source.Process();
        }

        output.WriteLine(window is { } shown ? $"{total} methods compiled in seconds {shown.From}-{shown.To}" : $"{total} methods compiled");
        // Whether the stream is settling: a warm-up that was long enough shows a flat, low count per second.
        output.WriteLine("per second of the trace: " + string.Join(' ', bySecond.Values));
        output.WriteLine("== by type");
        foreach (var (name, count) in byNamespace.OrderByDescending(p => p.Value).Take(top))
        {
            output.WriteLine($"{count,7}  {name}");
        }

        output.WriteLine("== by method");
        foreach (var (name, count) in byMethod.OrderByDescending(p => p.Value).Take(top))
        {
            output.WriteLine($"{count,7}  {name}");
        }
    }
}
