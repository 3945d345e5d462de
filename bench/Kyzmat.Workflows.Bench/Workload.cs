namespace Kyzmat.Workflows.Bench;

/// <summary>How much each side does per round: six-step and call-activity instances, multi-instance instances (one per five), workers, a phase's time limit.</summary>
public sealed record Workload(int Instances, int Workers, TimeSpan PhaseLimit)
{
    /// <summary>The items of the multi-instance body: each instance has this many inner tasks, completed at once.</summary>
    public const int Members = 5;

    /// <summary>Multi-instance instances: as many inner tasks in all as the six-step process has instances.</summary>
    public int MultiInstances => Math.Max(1, Instances / Members);

    /// <summary>
    /// The time limit of the multi-instance completions: half a phase's. On SQLite their rate is set within seconds by the
    /// driver's wait for the write lock (Microsoft.Data.Sqlite retries a busy database every 150 ms), on both sides.
    /// </summary>
    public TimeSpan ContendedLimit => PhaseLimit / 2;

    public static string Member(int k) => $"member-{k + 1}";
}
