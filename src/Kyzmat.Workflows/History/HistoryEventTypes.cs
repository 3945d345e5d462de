namespace Kyzmat.Workflows.History;

/// <summary>The kinds of audit-trail entry.</summary>
public static class HistoryEventTypes
{
    public const string InstanceStarted = "InstanceStarted";
    public const string InstanceCompleted = "InstanceCompleted";
    public const string InstanceCancelled = "InstanceCancelled";
    public const string InstanceMigrated = "InstanceMigrated";
    public const string ElementEntered = "ElementEntered";
    public const string ElementLeft = "ElementLeft";
    public const string ElementTerminated = "ElementTerminated";
    public const string TaskCreated = "TaskCreated";
    public const string TaskClaimed = "TaskClaimed";
    public const string TaskUnclaimed = "TaskUnclaimed";
    public const string TaskAssigned = "TaskAssigned";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskCompletionDenied = "TaskCompletionDenied";
    public const string TaskUpdated = "TaskUpdated";
    public const string TaskAssignmentDenied = "TaskAssignmentDenied";
    public const string TaskUpdateDenied = "TaskUpdateDenied";
    public const string VariablesChanged = "VariablesChanged";
    public const string MessageCorrelated = "MessageCorrelated";
    public const string TimerFired = "TimerFired";
    public const string ErrorThrown = "ErrorThrown";
    public const string EscalationThrown = "EscalationThrown";
    public const string SignalReceived = "SignalReceived";
    public const string JobFailed = "JobFailed";

    /// <summary>A business rule task evaluated a decision: its id, version, and the rules that matched per decision.</summary>
    public const string DecisionEvaluated = "DecisionEvaluated";
    public const string IncidentRaised = "IncidentRaised";
    public const string IncidentResolved = "IncidentResolved";
}
