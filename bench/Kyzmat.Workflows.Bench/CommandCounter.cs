using System.Diagnostics;

namespace Kyzmat.Workflows.Bench;

/// <summary>
/// Counts the commands Npgsql sends (round trips: a batch counts once; transaction begin and commit are not counted), from
/// its activity source, so that the engine's EF commands, its bare ones and the baseline's are counted alike. The phases
/// never overlap, so one process-wide count serves both sides. PostgreSQL only: SQLite's driver has no such source.
/// </summary>
public static class CommandCounter
{
    private static long _count;

    private static readonly ActivityListener Listener = new()
    {
        ShouldListenTo = source => source.Name == "Npgsql",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        ActivityStarted = _ => Interlocked.Increment(ref _count),
    };

    public static long Count => Interlocked.Read(ref _count);

    /// <summary>Starts counting; call once before the first phase.</summary>
    public static void Start() => ActivitySource.AddActivityListener(Listener);
}
