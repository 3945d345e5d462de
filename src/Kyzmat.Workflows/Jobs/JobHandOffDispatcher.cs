using Hangfire;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// Low-latency hand-off of jobs right after the step that wrote them committed. A job due now goes to this process's
/// workers (<see cref="WorkflowEngineOptions.RunDueJobsInProcess"/>) or else to Hangfire
/// (<see cref="WorkflowEngineOptions.UseHangfire"/>); a timer is scheduled in Hangfire when it is due within
/// <see cref="WorkflowEngineOptions.HangfireTimerHorizon"/> (or whenever polling is off). The database stays the
/// source of truth: whatever is not handed off, or is lost on the way, the poller runs; a duplicate finds the job
/// already claimed.
/// </summary>
public sealed class JobHandOffDispatcher : IWorkflowJobDispatcher
{
    private readonly WorkflowEngineOptions _options;
    private readonly TimeProvider _time;
    private readonly InProcessJobQueue? _queue;
    private readonly IBackgroundJobClient? _hangfire;

    public JobHandOffDispatcher(WorkflowEngineOptions options, TimeProvider time, InProcessJobQueue? queue = null, IBackgroundJobClient? hangfire = null)
    {
        _options = options;
        _time = time;
        _queue = options.RunDueJobsInProcess ? queue : null;
        _hangfire = options.UseHangfire ? hangfire : null;
    }

    public void JobsCommitted(IReadOnlyList<WorkflowJobRecord> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var job in jobs)
        {
            var id = job.Id;
            if (job.DueAt <= now)
            {
                if (_queue?.TryHandOff(id) != true)
                {
                    _hangfire?.Enqueue<IWorkflowJobRunner>(runner => runner.RunJobAsync(id, CancellationToken.None));
                }
            }
            else if (!_options.EnablePolling || job.DueAt - now <= _options.HangfireTimerHorizon)
            {
                _hangfire?.Schedule<IWorkflowJobRunner>(runner => runner.RunJobAsync(id, CancellationToken.None), job.DueAt - now);
            }
        }
    }
}
