// Summarises a CPU profile taken with `dotnet-trace collect-linux --profile cpu-sampling -p <pid>` (kernel samples
// with managed stacks): the share of samples per category (the first whose markers appear anywhere on a sample's
// stack), then the frames most often on top of the stack (exclusive) and anywhere on it (inclusive).
// With --jit, it lists the methods compiled during a trace of the runtime's JIT events instead
// (`dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x10:5 -p <pid>`). With --alloc, where the bytes
// are allocated, from a trace taken with `dotnet-trace collect --profile gc-verbose -p <pid>` (--focus names the frames).
// Usage: dotnet run -c Release --project bench/Kyzmat.TraceSummary -- <trace.nettrace> [--focus text] [--top 40] [--jit [--window 2-4] | --alloc]
//        [--caller-of text]   (samples whose top frame contains the text, by the nearest managed frame under it)
//        [--callers-of text]  (samples with a frame containing the text anywhere, by the three frames under it)
//        [--categories "pdf=PdfSharp|SignatureStamp;auth=OpenIddict"]   (earlier categories win)
using Kyzmat.TraceSummary;
using Microsoft.Diagnostics.Tracing.Etlx;

if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("Give the .nettrace file of a CPU profile (dotnet-trace collect-linux --profile cpu-sampling).");
    return 2;
}

var focus = Option("--focus");
var top = int.TryParse(Option("--top"), out var n) ? n : 40;
if (args.Contains("--alloc"))
{
    AllocationSummary.Print(args[0], Console.Out, top, focus);
    return 0;
}

if (args.Contains("--jit"))
{
    // --window 2-4: only the methods compiled in those seconds of the trace (the start and end of a trace carry the
    // tracing session's own compilations and whatever the traced process did before or after its steady state).
    var window = Option("--window")?.Split('-') is [var from, var to] ? (int.Parse(from), int.Parse(to)) : ((int, int)?)null;
    JitSummary.Print(args[0], Console.Out, top, window);
    return 0;
}

// --caller-of text: samples whose top frame contains the text, counted by the nearest managed frame under it (what
// made the runtime, the JIT or the kernel do that work).
var callerOf = Option("--caller-of");
var callersOf = Option("--callers-of");
var categories = Category.Parse(Option("--categories") ?? Category.KyzmatDefaults);
var summary = new SampleSummary(categories);
using (var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0])))
{
    foreach (var sample in log.Events)
    {
        var frames = Frames(sample.CallStack());
        if (frames.Count > 0 && (focus is null || frames.Exists(f => f.Contains(focus, StringComparison.Ordinal))))
        {
            summary.Add(callerOf is not null ? NearestManagedCaller(frames, callerOf)
                : callersOf is not null ? CallersOf(frames, callersOf)
                : frames);
        }
    }
}

summary.Print(Console.Out, top);
return 0;

static List<string> NearestManagedCaller(List<string> frames, string top)
{
    if (!frames[0].Contains(top, StringComparison.Ordinal))
    {
        return ["(top frame elsewhere)"];
    }

    var managed = frames.Find(f => f.Contains("::", StringComparison.Ordinal));
    return [managed ?? "(no managed frame)"];
}

// The three frames under the first frame containing the text, as one line (who calls it, and from where).
static List<string> CallersOf(List<string> frames, string text)
{
    var index = frames.FindIndex(f => f.Contains(text, StringComparison.Ordinal));
    return index < 0 ? ["(not on the stack)"] : [string.Join(" < ", frames.Skip(index + 1).Take(3).Select(Short))];
}

static string Short(string frame) => frame.Split('(')[0];

static List<string> Frames(TraceCallStack? stack)
{
    var frames = new List<string>();
    for (var frame = stack; frame is not null; frame = frame.Caller)
    {
        var method = frame.CodeAddress.FullMethodName;
        frames.Add(string.IsNullOrEmpty(method) ? frame.CodeAddress.ModuleName + "!?" : method);
    }

    return frames;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
