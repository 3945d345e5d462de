using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Kyzmat.TraceSummary;

/// <summary>
/// Where the bytes are allocated, from the runtime's allocation ticks (one about every 100 KB, with its stack) in a
/// trace taken with <c>dotnet-trace collect --profile gc-verbose</c>: by type, and by the innermost frame of our own code
/// (or of a library named in <c>--focus</c>) on the allocating stack.
/// </summary>
internal static class AllocationSummary
{
    public static void Print(string tracePath, TextWriter output, int top, string? focus)
    {
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        var byFrame = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        var markers = focus is null ? ["Kyzmat."] : new[] { focus };
        using (var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath)))
        {
            foreach (var e in log.Events)
            {
                if (e is not GCAllocationTickTraceData tick)
                {
                    continue;
                }

                var bytes = tick.AllocationAmount64;
                total += bytes;
                byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + bytes;
                var frame = "(no frame of ours)";
                for (var stack = e.CallStack(); stack is not null; stack = stack.Caller)
                {
                    var method = stack.CodeAddress.FullMethodName;
                    if (!string.IsNullOrEmpty(method) && markers.Any(m => method.Contains(m, StringComparison.Ordinal)))
                    {
                        frame = method;
                        break;
                    }
                }

                byFrame[frame] = byFrame.GetValueOrDefault(frame) + bytes;
            }
        }

        output.WriteLine($"{total / 1024d / 1024d:F1} MB sampled");
        Print(output, "== by type", byType, total, top);
        Print(output, "== by innermost frame of " + string.Join(" or ", markers), byFrame, total, top);
    }

    private static void Print(TextWriter output, string title, Dictionary<string, long> bytes, long total, int top)
    {
        output.WriteLine(title);
        foreach (var (name, amount) in bytes.OrderByDescending(p => p.Value).Take(top))
        {
            output.WriteLine($"{100d * amount / Math.Max(1, total),6:F2} %  {(name.Length > 160 ? name[..160] : name)}");
        }
    }
}
