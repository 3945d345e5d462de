using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kyzmat.Workflows.Jobs;

/// <summary>The background poller: runs due jobs every <see cref="WorkflowEngineOptions.PollingInterval"/> unless disabled.</summary>
internal sealed partial class WorkflowJobPoller : BackgroundService
{
    private readonly IWorkflowJobRunner _runner;
    private readonly WorkflowEngineOptions _options;
    private readonly ILogger<WorkflowJobPoller> _logger;

    public WorkflowJobPoller(IWorkflowJobRunner runner, WorkflowEngineOptions options, ILogger<WorkflowJobPoller> logger)
    {
        _runner = runner;
        _options = options;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.EnablePolling)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.PollingInterval);
        do
        {
            try
            {
                while (await _runner.RunDueJobsAsync(stoppingToken).ConfigureAwait(false) >= _options.BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling workflow jobs failed")]
    private static partial void LogPollFailed(ILogger logger, Exception error);
}
