using System.Diagnostics.Metrics;
using Kyzmat.Workflows.History;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Diagnostics;

/// <summary>
/// The engine's counters (System.Diagnostics.Metrics, so the engine needs no telemetry library): instances started and
/// completed, user tasks completed, jobs run and failed, timers fired, incidents raised — each tagged with the process
/// id, counted when the engine saves the change. With no listener (no exporter configured) a count costs a flag check.
/// </summary>
public static class WorkflowMetrics
{
    public const string MeterName = "Kyzmat.Workflows";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> InstancesStarted = Meter.CreateCounter<long>("kyzmat.workflow.instances.started", "{instance}", "Process instances started");
    private static readonly Counter<long> InstancesCompleted = Meter.CreateCounter<long>("kyzmat.workflow.instances.completed", "{instance}", "Process instances that reached their end");
    private static readonly Counter<long> UserTasksCompleted = Meter.CreateCounter<long>("kyzmat.workflow.user_tasks.completed", "{task}", "User tasks completed");
    private static readonly Counter<long> TimersFired = Meter.CreateCounter<long>("kyzmat.workflow.timers.fired", "{timer}", "Timers fired");
    private static readonly Counter<long> IncidentsRaised = Meter.CreateCounter<long>("kyzmat.workflow.incidents.raised", "{incident}", "Incidents raised");
    private static readonly Counter<long> JobsFailed = Meter.CreateCounter<long>("kyzmat.workflow.jobs.failed", "{job}", "Job attempts that failed");
    private static readonly Counter<long> JobsCompleted = Meter.CreateCounter<long>("kyzmat.workflow.jobs.completed", "{job}", "Jobs whose handler completed");

    /// <summary>The name of the counter of saves refused because another command changed the same rows first.</summary>
    public const string SaveConflictsName = "kyzmat.workflow.save_conflicts";

    private static readonly Counter<long> SaveConflicts = Meter.CreateCounter<long>(SaveConflictsName, "{save}",
        "Engine saves refused because another command changed the same instance or task first (safe commands are run again)");

    internal static void Saved(IReadOnlyList<WorkflowHistoryRecord> rows, Func<Guid, string> processOf)
    {
        if (!AnyListened())
        {
            return;
        }

        foreach (var row in rows)
        {
            var counter = row.EventType switch
            {
                HistoryEventTypes.InstanceStarted => InstancesStarted,
                HistoryEventTypes.InstanceCompleted => InstancesCompleted,
                HistoryEventTypes.TaskCompleted => UserTasksCompleted,
                HistoryEventTypes.TimerFired => TimersFired,
                HistoryEventTypes.IncidentRaised => IncidentsRaised,
                HistoryEventTypes.JobFailed => JobsFailed,
                _ => null,
            };
            counter?.Add(1, new KeyValuePair<string, object?>("process", processOf(row.InstanceId)));
        }
    }

    private static bool AnyListened() =>
        InstancesStarted.Enabled || InstancesCompleted.Enabled || UserTasksCompleted.Enabled || TimersFired.Enabled || IncidentsRaised.Enabled || JobsFailed.Enabled;

    internal static void SaveConflicted() => SaveConflicts.Add(1);

    internal static void JobCompleted(string process, string jobType)
    {
        if (JobsCompleted.Enabled)
        {
            JobsCompleted.Add(1, new KeyValuePair<string, object?>("process", process), new KeyValuePair<string, object?>("type", jobType));
        }
    }
}
