namespace Kyzmat.Workflows;

/// <summary>The stable error codes of <see cref="WorkflowException"/>.</summary>
public static class WorkflowErrorCodes
{
    public const string DefinitionInvalid = "DEFINITION_INVALID";
    public const string DefinitionNotFound = "DEFINITION_NOT_FOUND";
    public const string InstanceNotFound = "INSTANCE_NOT_FOUND";
    public const string InstanceNotActive = "INSTANCE_NOT_ACTIVE";
    public const string InstanceHasParent = "INSTANCE_HAS_PARENT";
    public const string StartEventMissing = "START_EVENT_MISSING";
    public const string ElementNotFound = "ELEMENT_NOT_FOUND";
    public const string TaskNotFound = "TASK_NOT_FOUND";
    public const string TaskAlreadyCompleted = "TASK_ALREADY_COMPLETED";
    public const string TaskNotActive = "TASK_NOT_ACTIVE";
    public const string TaskCompletionDenied = "TASK_COMPLETION_DENIED";

    /// <summary>An assigning task listener denied a claim, an unclaim or an assignment; the task keeps its assignee.</summary>
    public const string TaskAssignmentDenied = "TASK_ASSIGNMENT_DENIED";

    /// <summary>An updating task listener denied an update; the task keeps its attributes.</summary>
    public const string TaskUpdateDenied = "TASK_UPDATE_DENIED";
    public const string TaskAlreadyClaimed = "TASK_ALREADY_CLAIMED";
    public const string NotAuthorized = "NOT_AUTHORIZED";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string IncidentNotFound = "INCIDENT_NOT_FOUND";
    public const string IncidentAlreadyResolved = "INCIDENT_ALREADY_RESOLVED";
    public const string MigrationInvalid = "MIGRATION_INVALID";
    public const string VariablesInvalid = "VARIABLES_INVALID";
    public const string HandlerNotFound = "HANDLER_NOT_FOUND";
    public const string ExpressionFailed = "EXPRESSION_FAILED";

    /// <summary>An ad-hoc sub-process's job result names elements it cannot activate, or activates and completes at once (Camunda rejects it).</summary>
    public const string AdHocResultInvalid = "AD_HOC_RESULT_INVALID";

    public const string FormInvalid = "FORM_INVALID";
    public const string FormNotFound = "FORM_NOT_FOUND";

    /// <summary>A task's form refused the submitted data; <see cref="WorkflowException.FieldErrors"/> says why, field by field.</summary>
    public const string FormDataInvalid = "FORM_DATA_INVALID";
}
