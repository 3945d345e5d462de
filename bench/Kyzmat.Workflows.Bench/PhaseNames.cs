namespace Kyzmat.Workflows.Bench;

/// <summary>The phases both sides run, in the order they run and are reported.</summary>
public static class PhaseNames
{
    public const string Start = "start instance";
    public const string CompleteFirst = "complete user task 1";
    public const string RunJob = "run service job";
    public const string CompleteSecond = "complete user task 2";
    public const string MultiStart = "mi: start (5 inner tasks)";
    public const string MultiComplete = "mi: complete inner task";
    public const string CallStart = "call: start parent+child";
    public const string CallComplete = "call: complete child task";

    public static readonly string[] All = [Start, CompleteFirst, RunJob, CompleteSecond, MultiStart, MultiComplete, CallStart, CallComplete];
}
