namespace Kyzmat.Workflows.Runtime;

/// <summary>The codes of incidents raised on instances.</summary>
public static class IncidentCodes
{
    public const string JobFailed = "JOB_FAILED";
    public const string ConditionNotBoolean = "CONDITION_NOT_BOOLEAN";
    public const string NoFlowTaken = "NO_FLOW_TAKEN";
    public const string ExpressionFailed = "EXPRESSION_FAILED";
    public const string LoopDetected = "LOOP_DETECTED";
    public const string UnhandledError = "UNHANDLED_ERROR_EVENT";
    public const string CollectionTooLarge = "COLLECTION_TOO_LARGE";
    public const string CalledElementError = "CALLED_ELEMENT_ERROR";

    /// <summary>A business rule task's decision is not deployed (or its id is not text), as Zeebe names it.</summary>
    public const string CalledDecisionError = "CALLED_DECISION_ERROR";

    /// <summary>A business rule task's decision failed to evaluate (FEEL failure, several UNIQUE matches…), as Zeebe names it.</summary>
    public const string DecisionEvaluationError = "DECISION_EVALUATION_ERROR";
    public const string ExecutionListenerNoRetries = "EXECUTION_LISTENER_NO_RETRIES";
    public const string TaskListenerNoRetries = "TASK_LISTENER_NO_RETRIES";
    public const string ListenerErrorThrown = "LISTENER_ERROR_THROWN";

    /// <summary>An ad-hoc sub-process's activeElementsCollection or completion condition gave what it cannot use (Zeebe's code).</summary>
    public const string ExtractValueError = "EXTRACT_VALUE_ERROR";

    /// <summary>A user task links a Camunda form (formId) that is not deployed (any more, or with that version tag).</summary>
    public const string FormNotFound = "FORM_NOT_FOUND";
}
