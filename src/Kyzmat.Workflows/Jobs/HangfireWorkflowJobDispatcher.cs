using Hangfire;
using Kyzmat.Workflows.Persistence;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// Low-latency hand-off: after a step commits, each new job is enqueued (or scheduled, for timers) as a Hangfire
/// background job calling <see cref="IWorkflowJobRunner.RunJobAsync"/>. The database stays the source of truth:
/// a lost Hangfire job is still picked up by the poller, and a duplicate one finds the job already claimed. With the
/// poller on, timers beyond <see cref="WorkflowEngineOptions.HangfireTimerHorizon"/> are left to it alone.
/// </summary>
public sealed class HangfireWorkflowJobDispatcher : IWorkflowJobDispatcher
{
    private readonly IBackgroundJobClient _client;
    private readonly TimeProvider _time;
    private readonly WorkflowEngineOptions _options;

    public HangfireWorkflowJobDispatcher(IBackgroundJobClient client, TimeProvider time, WorkflowEngineOptions options)
    {
        _client = client;
        _time = time;
        _options = options;
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
                _client.Enqueue<IWorkflowJobRunner>(runner => runner.RunJobAsync(id, CancellationToken.None));
            }
            else if (!_options.EnablePolling || job.DueAt - now <= _options.HangfireTimerHorizon)
            {
                _client.Schedule<IWorkflowJobRunner>(runner => runner.RunJobAsync(id, CancellationToken.None), job.DueAt - now);
            }
        }
    }
}
