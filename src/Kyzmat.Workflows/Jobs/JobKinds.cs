namespace Kyzmat.Workflows.Jobs;

/// <summary>The kinds of row in wf_jobs.</summary>
public static class JobKinds
{
    public const string ServiceTask = "ServiceTask";
    public const string Timer = "Timer";
    public const string BoundaryTimer = "BoundaryTimer";
    public const string EventSubProcessTimer = "EventSubProcessTimer";
    public const string TimerStart = "TimerStart";
    public const string ExecutionListener = "ExecutionListener";
    public const string TaskListener = "TaskListener";

    /// <summary>An ad-hoc sub-process's job: its worker says which inner elements to activate and whether it is complete.</summary>
    public const string AdHocSubProcess = "AdHocSubProcess";
    public const string Pending = "Pending";
    public const string Failed = "Failed";
}
