namespace Kyzmat.Workflows.Jobs;

/// <summary>Runs due service-task jobs and timers. Safe to call from several engines on one database.</summary>
public interface IWorkflowJobRunner
{
    /// <summary>Claims and runs the jobs due now; returns how many it ran.</summary>
    Task<int> RunDueJobsAsync(CancellationToken ct = default);

    /// <summary>Claims and runs one job if it is due and nobody holds it; false otherwise.</summary>
    Task<bool> RunJobAsync(Guid jobId, CancellationToken ct = default);
}
