namespace Kyzmat.Workflows;

/// <summary>Settings of the engine (see <see cref="WorkflowServiceCollectionExtensions.AddKyzmatWorkflows{TContext}"/>).</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>Whether the hosted poller runs due jobs and timers in the background (default true).</summary>
    public bool EnablePolling { get; set; } = true;

    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many due jobs one poll claims at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed job stays locked before another engine may take it over.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The back-off before retry n is <c>RetryBackoff * 2^(n-1)</c>.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Elements one command may pass through before a cycle without a wait state is declared (an incident).</summary>
    public int MaxStepsPerCommand { get; set; } = 1000;

    /// <summary>
    /// The most items a multi-instance activity's input collection may have; a larger one is an incident instead of
    /// tens of thousands of tokens in one command (default 10,000).
    /// </summary>
    public int MaxMultiInstanceItems { get; set; } = 10_000;

    /// <summary>
    /// Hand jobs due now to this process's own workers right after the step commits (default false: the poller, or
    /// Hangfire, runs them). Cheaper than a Hangfire job — no storage round trips — with the poller as the safety net.
    /// </summary>
    public bool RunDueJobsInProcess { get; set; }

    /// <summary>How many handed-off jobs this process runs at once.</summary>
    public int InProcessWorkers { get; set; } = 4;

    /// <summary>How many handed-off ids may wait; beyond that they are left to the poller.</summary>
    public int InProcessQueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// Schedule near timers in Hangfire, and enqueue due jobs there unless they run in process (needs an
    /// IBackgroundJobClient registered).
    /// </summary>
    public bool UseHangfire { get; set; }

    /// <summary>
    /// With polling on, only timers due within this long are also scheduled in Hangfire; later ones (a deadline in
    /// three weeks, a review due in five working days) are left to the poller, which fires them within one polling
    /// interval of their time, instead of keeping a Hangfire row for weeks.
    /// </summary>
    public TimeSpan HangfireTimerHorizon { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A folder of *.bpmn files deployed at start-up (null: none).</summary>
    public string? DeploymentFolder { get; set; }

    /// <summary>Identifies this engine process in job locks.</summary>
    public string EngineId { get; set; } = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..8];
}
