using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Workflows.Jobs;

/// <summary>
/// Runs the jobs handed to <see cref="InProcessJobQueue"/> with <see cref="WorkflowEngineOptions.InProcessWorkers"/>
/// at a time. Each run claims its row first, so a job the poller or another engine took meanwhile is skipped.
/// </summary>
internal sealed partial class InProcessJobWorker : BackgroundService
{
    private readonly InProcessJobQueue _queue;
    private readonly IWorkflowJobRunner _runner;
    private readonly WorkflowEngineOptions _options;
    private readonly ILogger<InProcessJobWorker> _logger;

    public InProcessJobWorker(InProcessJobQueue queue, IWorkflowJobRunner runner, WorkflowEngineOptions options, ILogger<InProcessJobWorker> logger)
    {
        _queue = queue;
        _runner = runner;
        _options = options;
        _logger = logger;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.InProcessWorkers)).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var jobId in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    // Not the stopping token: a job under way finishes (as Hangfire let it) rather than keep its claim,
                    // unreachable for the poller, until the lease runs out. Ids still queued at shutdown are the poller's.
                    await _runner.RunJobAsync(jobId, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // The runner records a handler's failure on the job itself; this is a failure around it (the
                    // database unreachable, a timeout) — the job is retried once its claim's lease runs out.
                    LogRunFailed(_logger, jobId, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running workflow job {JobId} in process failed; it is retried when its claim expires")]
    private static partial void LogRunFailed(ILogger logger, Guid jobId, Exception error);
}
